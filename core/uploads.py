"""Uploads from people: type by content (not by name), size and pixel limits,
images re-encoded with Pillow so nothing but pixels is kept, and the private
storage (``PRIVATE_MEDIA_ROOT``, no URL) such files live in, served only by
permission-checked views of the app that owns them."""

import io
import zipfile
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.http import FileResponse, Http404
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

MAX_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 25_000_000
IMAGE_FORMATS = {"PNG": ("image/png", "png"), "JPEG": ("image/jpeg", "jpg")}
OFFICE_TYPES = {
    "word/": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "docx",
    ),
    "xl/": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
}


def private_storage():
    """The storage of files no URL serves (a callable, for ``FileField(storage=...)``)."""
    return storages["private"]


def private_file_response(file, content_type, filename):
    """Serve a private ``file`` (a FieldFile) to someone already checked: images
    inline, other files as downloads, never cached or run by the browser; a
    missing file is a 404."""
    try:
        handle = file.open("rb")
    except FileNotFoundError as missing:
        raise Http404 from missing
    response = FileResponse(
        handle,
        content_type=content_type,
        as_attachment=not content_type.startswith("image/"),
        filename=filename,
    )
    response["Cache-Control"] = "private, no-store"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


def clean_upload(upload):
    """Return (ContentFile, content type) for an allowed upload, else raise ValidationError."""
    if upload.size > MAX_BYTES:
        raise ValidationError(
            _("The file is too large: the limit is %(limit)s."),
            code="too_large",
            params={"limit": filesizeformat(MAX_BYTES)},
        )
    data = upload.read()
    stem = Path(upload.name).stem[:100] or "file"
    if data.startswith(b"%PDF-"):
        return ContentFile(data, name=f"{stem}.pdf"), "application/pdf"
    if data.startswith(b"PK"):
        office = _office_type(data)
        if office:
            content_type, extension = office
            return ContentFile(data, name=f"{stem}.{extension}"), content_type
    image = _image(data, stem)
    if image is not None:
        return image[0], image[1]
    raise ValidationError(
        _("This kind of file cannot be attached. Use a PNG or JPEG image, PDF, DOCX or XLSX."),
        code="type",
    )


def _office_type(data):
    try:
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    except zipfile.BadZipFile:
        return None
    if "[Content_Types].xml" not in names:
        return None
    for prefix, found in OFFICE_TYPES.items():
        if any(name.startswith(prefix) for name in names):
            return found
    return None


def _image(data, stem):
    """Re-encode a PNG/JPEG (dropping metadata); None when ``data`` is not one."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            kind = image.format
            if kind not in IMAGE_FORMATS:
                return None
            if image.width * image.height > MAX_PIXELS:
                raise ValidationError(
                    _("The image is too large: at most %(pixels)s million pixels."),
                    code="pixels",
                    params={"pixels": MAX_PIXELS // 1_000_000},
                )
            image.load()
            clean = image.convert("RGBA" if kind == "PNG" and "A" in image.getbands() else "RGB")
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError):
        return None
    content_type, extension = IMAGE_FORMATS[kind]
    out = io.BytesIO()
    clean.save(out, format=kind)
    return ContentFile(out.getvalue(), name=f"{stem}.{extension}"), content_type

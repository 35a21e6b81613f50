"""Logo uploads: PNG or JPEG checked by content, size and pixel limits, re-encoded.

The stored file is a fresh PNG with a random name: no EXIF, no text chunks, no
colour profile and nothing of the original file name survive.
"""

import io
import uuid

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

MAX_BYTES = 5 * 1024 * 1024
MAX_SIDE = 4000
MIN_SIDE = 64
ALLOWED_FORMATS = {"PNG", "JPEG"}


def reencode(upload):
    """Return a ContentFile of ``upload`` re-encoded as PNG, or raise ValidationError."""
    if upload.size > MAX_BYTES:
        raise ValidationError(
            _("The image is larger than %(limit)s MB."), params={"limit": MAX_BYTES // 2**20}
        )
    data = upload.read()
    try:
        with Image.open(io.BytesIO(data)) as probe:
            image_format = probe.format
            width, height = probe.size
            probe.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, Image.DecompressionBombError):
        raise ValidationError(_("Upload a PNG or JPEG image.")) from None
    if image_format not in ALLOWED_FORMATS:
        raise ValidationError(_("Upload a PNG or JPEG image."))
    if max(width, height) > MAX_SIDE or min(width, height) < MIN_SIDE:
        raise ValidationError(
            _("The image must be between %(min)s and %(max)s pixels on each side."),
            params={"min": MIN_SIDE, "max": MAX_SIDE},
        )
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            mode = "RGBA" if image.mode in {"RGBA", "LA", "P"} else "RGB"
            pixels = image.convert(mode)
    except (OSError, Image.DecompressionBombError):
        raise ValidationError(_("Upload a PNG or JPEG image.")) from None
    clean = Image.new(mode, pixels.size)
    clean.paste(pixels)
    out = io.BytesIO()
    clean.save(out, format="PNG", optimize=True)
    return ContentFile(out.getvalue(), name=f"{uuid.uuid4().hex}.png")

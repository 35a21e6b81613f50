"""Helpers for the contest tests: images to upload and text as a Thai reader sees it."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image

from contests.textlimits import MAX_COMBINING_MARKS


def in_thai(message):
    with translation.override("th"):
        return translation.gettext(message)


def piled_marks_error():
    """The form error for too many marks on one letter, in Thai."""
    message = in_thai(
        "Too many marks on one letter: a letter may carry at most %(limit)s vowel, tone or "
        "accent marks."
    )
    return message % {"limit": MAX_COMBINING_MARKS}


def image_upload(name="my-logo-somchai.png", image_format="PNG", size=(200, 200), exif=False):
    image = Image.new("RGB", size, "#0b4f8a")
    out = io.BytesIO()
    options = {}
    if exif:
        data = Image.Exif()
        data[0x013B] = "Somchai Jaidee"  # Artist
        options["exif"] = data.tobytes()
    image.save(out, format=image_format, **options)
    content_type = "image/png" if image_format == "PNG" else "image/jpeg"
    return SimpleUploadedFile(name, out.getvalue(), content_type=content_type)

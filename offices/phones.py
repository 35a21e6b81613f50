"""Thai telephone numbers: checked, written one way, and dialled from anywhere.

Accepted: a landline (nine digits from 02 to 07: ``0 5524 2361``, ``0 2272 8000``),
a mobile (ten digits from 06, 08 or 09: ``08 1234 5678``), either with ``+66`` in
place of the leading 0, and four-digit hotlines starting with 1 (``1161``).
Spaces, hyphens, dots and brackets between digits are ignored.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_SEPARATORS = re.compile(r"[\s\-.()]")
_LANDLINE = re.compile(r"0[2-7]\d{7}")
_MOBILE = re.compile(r"0[689]\d{8}")
_HOTLINE = re.compile(r"1\d{3}")


def _digits(text):
    digits = _SEPARATORS.sub("", text or "")
    if digits.startswith("+66"):
        digits = "0" + digits[3:]
    return digits


def normalise(text):
    """``text`` written the standard way, or None if it is no Thai number."""
    digits = _digits(text)
    if _LANDLINE.fullmatch(digits):
        return f"{digits[0]} {digits[1:5]} {digits[5:]}"
    if _MOBILE.fullmatch(digits):
        return f"{digits[:2]} {digits[2:6]} {digits[6:]}"
    if _HOTLINE.fullmatch(digits):
        return digits
    return None


def validate_thai_phone(text):
    if normalise(text) is None:
        raise ValidationError(
            _("Enter a Thai telephone number, for example 0 5524 2361 or 08 1234 5678."),
            code="invalid_phone",
        )


def tel_uri(text):
    """A ``tel:`` link that dials ``text`` from inside or outside Thailand."""
    digits = _digits(text)
    if _HOTLINE.fullmatch(digits):
        return f"tel:{digits}"
    return f"tel:+66{digits[1:]}"

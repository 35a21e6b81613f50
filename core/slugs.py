"""Thai slugs that keep their vowels and tone marks.

Django's ``slugify(allow_unicode=True)`` and its unicode slug validator only know
``\\w``, which leaves out combining marks (Unicode category M): "ภาษีมูลค่าเพิ่ม"
became "ภาษมลคาเพม", and a slug typed with its marks was refused. Here a slug is
letters, digits, marks, "_" and "-"; ``allow_marks_in_slugs`` (run once from
``CoreConfig.ready``) makes the validator every unicode ``SlugField`` shares,
Wagtail's page slug too, accept the marks. The admin's slug field gets the same
rule in the browser from ``static/js/thai-slug.js``."""

import re
import unicodedata

from django.core import validators

# \w and the combining marks of the scripts our content uses (Thai; Latin accents).
_MARKS = "\u0300-\u036f\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
SLUG = re.compile(rf"^[-\w{_MARKS}]+\Z")
_NOT_SLUG = re.compile(rf"[^\w\s{_MARKS}-]")
_SEPARATORS = re.compile(r"[-\s]+")


def slugify(value, max_length=255):
    """``value`` as a slug: NFC, lower case, marks kept, runs of spaces and dashes
    as one dash, no dash at either end, at most ``max_length`` characters."""
    value = unicodedata.normalize("NFC", str(value)).lower()
    value = _SEPARATORS.sub("-", _NOT_SLUG.sub("", value)).strip("-_")
    return value[:max_length].rstrip("-_")


def allow_marks_in_slugs():
    """Let Django's unicode slug validator (shared by every ``SlugField(allow_unicode=True)``
    and its form field) accept combining marks. docs/upgrading.md lists this reliance."""
    validators.validate_unicode_slug.regex = SLUG

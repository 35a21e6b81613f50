"""Dates as Thai readers expect them: Buddhist Era years in Thai."""

import datetime

from django.utils import dateformat, formats, timezone
from django.utils.translation import get_language

BUDDHIST_ERA_OFFSET = 543
DEFAULT_FORMAT = "j F Y"  # 21 พฤศจิกายน 2569 / 21 November 2026


def format_date(value, fmt=None):
    """Format a date or datetime in the active language; Thai gets the BE year.

    ``fmt`` is a Django date format (default: day, full month name, year). Every
    ``Y`` in it becomes the Buddhist Era year when the active language is Thai.
    """
    if not value:
        return ""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    fmt = fmt or DEFAULT_FORMAT
    if (get_language() or "").startswith("th"):
        be_year = str(value.year + BUDDHIST_ERA_OFFSET)
        fmt = fmt.replace("Y", "".join(f"\\{digit}" for digit in be_year))
    return dateformat.format(value, fmt)


# Django's named display formats; a literal format such as "c" or "Y-m-d" is
# machine-readable and keeps the Gregorian year.
DISPLAY_FORMATS = (
    "DATE_FORMAT",
    "DATETIME_FORMAT",
    "SHORT_DATE_FORMAT",
    "SHORT_DATETIME_FORMAT",
    "YEAR_MONTH_FORMAT",
    "MONTH_DAY_FORMAT",
)


def _is_display_format(fmt, use_l10n):
    if fmt is None or fmt in DISPLAY_FORMATS:
        return True
    # Wagtail resolves a named format first and passes its value
    # (``human_readable_date``'s tooltip).
    return fmt in {formats.get_format(name, use_l10n=use_l10n) for name in DISPLAY_FORMATS}


def install_buddhist_era_formats():
    """Make Django's ``date_format`` (the ``date`` template filter, Wagtail's
    history, workflow, scheduling and report dates) give the Buddhist Era year
    in Thai for the named display formats. Called once from ``CoreConfig.ready``;
    docs/upgrading.md lists this reliance on ``django.utils.formats``."""
    django_date_format = formats.date_format
    if getattr(django_date_format, "buddhist_era", False):
        return

    def date_format(value, format=None, use_l10n=None):
        if (get_language() or "").startswith("th") and _is_display_format(format, use_l10n):
            return format_date(
                value, formats.get_format(format or "DATE_FORMAT", use_l10n=use_l10n)
            )
        return django_date_format(value, format, use_l10n)

    date_format.buddhist_era = True
    formats.date_format = date_format

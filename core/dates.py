"""Dates as Thai readers expect them: Buddhist Era years in Thai."""

import datetime

from django.utils import dateformat, timezone
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

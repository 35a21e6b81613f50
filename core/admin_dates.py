"""Buddhist Era years in the admin's date and date-time pickers.

In Thai, Wagtail's ``AdminDateInput`` and ``AdminDateTimeInput`` show the year
as Buddhist Era (2569-12-01 10:00) and read it back as Gregorian before the
form field cleans it; a year below 2400 typed by hand is taken as Gregorian.
The year is changed as text, never through ``date.replace(year=...)``, so
29 February survives (BE 2567 is CE 2024). ``static/js/buddhist-era-picker.js``
makes the picker itself speak BE when the widget's config says so.

Wagtail builds these widgets itself in places no hook reaches (the scheduling
dialog's ``PublishingPanel``, report filters, ``DateBlock``), so the two widget
classes are extended once, from ``CoreConfig.ready``; docs/upgrading.md lists
this reliance.
"""

import re

from django import forms
from django.templatetags.static import static
from django.utils.translation import get_language
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput

from core.dates import BUDDHIST_ERA_OFFSET

FIRST_BUDDHIST_ERA_YEAR = 2400  # a year from here on is read as Buddhist Era (CE 1857)
SCRIPT = "js/buddhist-era-picker.js"
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _in_thai():
    return (get_language() or "").startswith("th")


def _shift_year(text, offset, keep):
    """Move the first four-digit year in ``text`` by ``offset`` unless ``keep(year)``."""

    def shift(match):
        year = int(match.group())
        return match.group() if keep(year) else str(year + offset)

    return _YEAR.sub(shift, text, count=1)


def to_buddhist_era(text):
    """'2024-02-29 10:00' -> '2567-02-29 10:00'; a BE year or no year stays as it is."""
    return _shift_year(text, BUDDHIST_ERA_OFFSET, lambda year: year >= FIRST_BUDDHIST_ERA_YEAR)


def to_gregorian(text):
    """'2567-02-29 10:00' -> '2024-02-29 10:00'; a Gregorian year or garbage stays as it is."""
    return _shift_year(text, -BUDDHIST_ERA_OFFSET, lambda year: year < FIRST_BUDDHIST_ERA_YEAR)


def _extend(widget):
    get_config = widget.get_config
    format_value = widget.format_value
    value_from_datadict = widget.value_from_datadict
    media = widget.media

    def buddhist_era_config(self):
        config = get_config(self)
        if _in_thai():
            config["buddhistEraOffset"] = BUDDHIST_ERA_OFFSET
        return config

    def buddhist_era_value(self, value):
        shown = format_value(self, value)
        return to_buddhist_era(shown) if isinstance(shown, str) and _in_thai() else shown

    def gregorian_value(self, data, files, name):
        value = value_from_datadict(self, data, files, name)
        return to_gregorian(value) if isinstance(value, str) and _in_thai() else value

    widget.get_config = buddhist_era_config
    widget.format_value = buddhist_era_value
    widget.value_from_datadict = gregorian_value
    widget.media = property(lambda self: media.fget(self) + forms.Media(js=[static(SCRIPT)]))
    widget.buddhist_era = True


def install_buddhist_era_pickers():
    """Give Wagtail's date and date-time widgets Buddhist Era years in Thai (once)."""
    for widget in (AdminDateInput, AdminDateTimeInput):
        if not widget.__dict__.get("buddhist_era"):
            _extend(widget)

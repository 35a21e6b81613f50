"""The structured part of an office page: its opening hours, one block per weekday
and opening (two blocks for a day with a lunch break)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from core.working_time import CLOSES, OPENS
from offices.hours import WEEKDAY_CHOICES, DayRun


class OpeningHoursValue(blocks.StructValue):
    def entry(self):
        """(weekday, opens, closes), Monday being 0: what :func:`offices.hours.week` reads."""
        return int(self["weekday"]), self["opens"], self["closes"]

    def as_run(self):
        weekday, opens, closes = self.entry()
        return DayRun(weekday, weekday, ((opens, closes),))


class OpeningHoursBlock(blocks.StructBlock):
    weekday = blocks.ChoiceBlock(label=_("Day"), choices=WEEKDAY_CHOICES)
    opens = blocks.TimeBlock(label=_("Opens"))
    closes = blocks.TimeBlock(label=_("Closes"))

    class Meta:
        icon = "time"
        template = "offices/blocks/opening_hours_block.html"
        value_class = OpeningHoursValue
        label = _("Opening hours")
        preview_value = {"weekday": "0", "opens": OPENS, "closes": CLOSES}

    def clean(self, value):
        value = super().clean(value)
        if value["closes"] <= value["opens"]:
            raise StructBlockValidationError(
                block_errors={"closes": ValidationError(_("Closing comes after opening."))}
            )
        return value

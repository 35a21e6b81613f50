"""Step durations (minutes or working days), their totals and their display."""

from dataclasses import dataclass

from django.utils.text import get_text_list
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext

MINUTES = "minutes"
WORKING_DAYS = "working_days"
UNIT_CHOICES = [(MINUTES, _("minutes")), (WORKING_DAYS, _("working days"))]


@dataclass(frozen=True)
class Duration:
    """Minutes at the counter plus working days of processing, kept apart:
    a working day is not a fixed number of minutes."""

    minutes: int = 0
    working_days: int = 0

    @classmethod
    def of(cls, amount, unit):
        amount = int(amount or 0)
        return cls(working_days=amount) if unit == WORKING_DAYS else cls(minutes=amount)

    @classmethod
    def total(cls, durations):
        durations = list(durations)
        return cls(
            minutes=sum(d.minutes for d in durations),
            working_days=sum(d.working_days for d in durations),
        )

    def __bool__(self):
        return bool(self.minutes or self.working_days)

    def __str__(self):
        """ "2 working days and 1 hour 15 minutes" in the active language."""
        hours, minutes = divmod(self.minutes, 60)
        parts = []
        if self.working_days:
            parts.append(
                ngettext("%(count)d working day", "%(count)d working days", self.working_days)
                % {"count": self.working_days}
            )
        if hours:
            parts.append(ngettext("%(count)d hour", "%(count)d hours", hours) % {"count": hours})
        if minutes:
            parts.append(
                ngettext("%(count)d minute", "%(count)d minutes", minutes) % {"count": minutes}
            )
        if not parts:
            return pgettext("duration", "None")
        return str(get_text_list(parts, pgettext("list", "and")))

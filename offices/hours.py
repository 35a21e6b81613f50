"""Opening hours: the default week, and the week as readers see it.

Editors list opening hours as weekday, opening and closing time; readers see
runs of days with the same hours together ("Monday – Friday 08:30–16:30"),
with day names and times in the active language.
"""

from dataclasses import dataclass

from django.utils.dates import WEEKDAYS
from django.utils.formats import time_format
from django.utils.translation import gettext, pgettext

from core.working_time import CLOSES, OPENS

WEEKDAY_CHOICES = [(str(day), WEEKDAYS[day]) for day in range(7)]


def default_opening_hours():
    """Raw blocks for the region's working hours: Monday to Friday, 08:30-16:30."""
    opens, closes = OPENS.isoformat(), CLOSES.isoformat()
    return [
        {"type": "hours", "value": {"weekday": str(day), "opens": opens, "closes": closes}}
        for day in range(5)
    ]


@dataclass(frozen=True)
class DayRun:
    """Consecutive weekdays (0 = Monday) open at the same ``intervals`` (none: closed)."""

    first: int
    last: int
    intervals: tuple

    def days(self):
        if self.first == self.last:
            return str(WEEKDAYS[self.first])
        return f"{WEEKDAYS[self.first]} – {WEEKDAYS[self.last]}"

    def hours(self):
        if not self.intervals:
            return pgettext("opening hours", "Closed")
        return ", ".join(
            gettext("%(opens)s–%(closes)s")
            % {"opens": time_format(opens, "H:i"), "closes": time_format(closes, "H:i")}
            for opens, closes in self.intervals
        )


def week(entries):
    """Monday to Sunday as :class:`DayRun` s, from ``(weekday, opens, closes)`` entries;
    an empty list when no entry gives any hours."""
    by_day = {}
    for weekday, opens, closes in entries:
        by_day.setdefault(int(weekday), set()).add((opens, closes))
    if not by_day:
        return []
    runs = []
    for day in range(7):
        intervals = tuple(sorted(by_day.get(day, ())))
        if runs and runs[-1].intervals == intervals:
            runs[-1] = DayRun(runs[-1].first, day, intervals)
        else:
            runs.append(DayRun(day, day, intervals))
    return runs

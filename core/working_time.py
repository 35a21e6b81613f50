"""Working time: the office hours deadlines are counted in.

The rules, the same for every office of the region:

- A **working day** is a Monday to Friday that is neither a Thai public or
  government holiday (the ``holidays`` package, categories "public" and
  "government": substitution days "in lieu" of a holiday on a weekend and the
  cabinet's bridge holidays included) nor one of the calendar's
  ``closed_dates`` (the closures administrators add: see
  ``offices.calendar.calendar_for``).
- **Working hours** are 08:30 to 16:30, Asia/Bangkok, on a working day: the
  half-open interval [08:30, 16:30). **Working time** is time inside them.
- Every moment must be timezone-aware (in any zone); every moment returned is
  in Asia/Bangkok.
- A moment outside working hours **starts counting at the next opening**:
  ``next_working_moment`` is the moment itself inside working hours, else
  08:30 of the next working day (today's, before 08:30 on a working day).
- ``add_working_time(moment, duration)`` is the earliest moment by which
  ``duration`` of working time has passed since ``moment``. A positive
  duration therefore ends inside a working day, after its opening and at its
  closing at the latest: time that runs out with a day's last minute ends at
  16:30 that day, never at 08:30 the next. A zero duration returns ``moment``.
- **N working days** are N days of eight working hours:
  ``add_working_days(moment, n) == add_working_time(moment, n * 8 hours)``.
  From inside working hours that is the same time of day N working days later
  (from 08:30 exactly, 16:30 of the working day before it: the same point in
  working time). From outside working hours counting starts at the next
  opening, so the deadline is 16:30 of the Nth working day: a complaint that
  arrives on Friday evening with one working day to answer is due on Monday
  at 16:30.
- ``working_time_between(start, end)`` is the working time inside
  [start, end]; so ``working_time_between(m, add_working_time(m, d)) == d``.

Asia/Bangkok has kept UTC+7 without daylight saving since 1920, so the
arithmetic on its wall-clock times is exact.
"""

import datetime
import functools
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import holidays

BANGKOK = ZoneInfo("Asia/Bangkok")
OPENS = datetime.time(8, 30)
CLOSES = datetime.time(16, 30)
WORKING_DAY = datetime.timedelta(hours=8)  # CLOSES - OPENS
_ONE_DAY = datetime.timedelta(days=1)
_NOTHING = datetime.timedelta(0)


@functools.lru_cache(maxsize=64)
def thai_holidays(year):
    """The dates of Thai public and government holidays in ``year``."""
    return frozenset(
        holidays.country_holidays(
            "TH", years=year, categories=(holidays.PUBLIC, holidays.GOVERNMENT)
        )
    )


def _in_bangkok(moment):
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("Working time needs timezone-aware moments.")
    return moment.astimezone(BANGKOK)


def _hours(day):
    """The opening and closing moments of ``day``."""
    return (
        datetime.datetime.combine(day, OPENS, tzinfo=BANGKOK),
        datetime.datetime.combine(day, CLOSES, tzinfo=BANGKOK),
    )


@dataclass(frozen=True)
class WorkingCalendar:
    """Working days and hours, less ``closed_dates`` (a set of ``datetime.date``)."""

    closed_dates: frozenset = frozenset()

    def is_working_day(self, day):
        return (
            day.weekday() < 5
            and day not in self.closed_dates
            and day not in thai_holidays(day.year)
        )

    def next_working_day(self, day):
        """The first working day after ``day``."""
        day += _ONE_DAY
        while not self.is_working_day(day):
            day += _ONE_DAY
        return day

    def next_working_moment(self, moment):
        """``moment`` if inside working hours, else the next opening."""
        moment = _in_bangkok(moment)
        day = moment.date()
        if self.is_working_day(day):
            opens, closes = _hours(day)
            if moment < opens:
                return opens
            if moment < closes:
                return moment
        return _hours(self.next_working_day(day))[0]

    def add_working_time(self, moment, duration):
        """The earliest moment by which ``duration`` of working time has passed since ``moment``."""
        if duration < _NOTHING:
            raise ValueError("Working time cannot be negative.")
        moment = _in_bangkok(moment)
        if not duration:
            return moment
        remaining, day, earliest = duration, moment.date(), moment
        while True:
            if self.is_working_day(day):
                opens, closes = _hours(day)
                begin = max(earliest, opens)
                if begin < closes:
                    if remaining <= closes - begin:
                        return begin + remaining
                    remaining -= closes - begin
            day = self.next_working_day(day)
            earliest = _hours(day)[0]

    def add_working_days(self, moment, days):
        """``days`` working days of eight hours after ``moment`` (see the module's rules)."""
        if days < 0:
            raise ValueError("Working days cannot be negative.")
        return self.add_working_time(moment, days * WORKING_DAY)

    def working_time_between(self, start, end):
        """The working time inside [start, end]; ``end`` may not come before ``start``."""
        start, end = _in_bangkok(start), _in_bangkok(end)
        if end < start:
            raise ValueError("The end comes before the start.")
        total, day = _NOTHING, start.date()
        while day <= end.date():
            if self.is_working_day(day):
                opens, closes = _hours(day)
                overlap = min(closes, end) - max(opens, start)
                if overlap > _NOTHING:
                    total += overlap
            day += _ONE_DAY
        return total

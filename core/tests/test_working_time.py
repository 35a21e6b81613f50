"""Working-time arithmetic: holidays, weekends, closures and hours (no database)."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.working_time import BANGKOK, WORKING_DAY, WorkingCalendar, thai_holidays

CALENDAR = WorkingCalendar()
HOUR = datetime.timedelta(hours=1)
UTC = datetime.UTC


def at(year, month, day, hour=0, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=BANGKOK)


def test_the_holidays_the_tests_rely_on():
    """Songkran 2025 began on a Sunday (substitution day Wednesday 16 April); in 2028 it
    ends on a Saturday (substitution day Monday 17 April); New Year's Day 2028 is a
    Saturday (substitution day Monday 3 January)."""
    days_2025 = thai_holidays(2025)
    assert {datetime.date(2025, 4, day) for day in (13, 14, 15, 16)} <= days_2025
    assert datetime.date(2025, 4, 13).weekday() == 6
    assert datetime.date(2025, 4, 17) not in days_2025
    days_2028 = thai_holidays(2028)
    assert datetime.date(2028, 4, 15).weekday() == 5
    assert {datetime.date(2028, 4, 17), datetime.date(2028, 1, 3)} <= days_2028
    assert datetime.date(2028, 1, 1).weekday() == 5


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (datetime.date(2025, 4, 11), True),  # Friday before Songkran
        (datetime.date(2025, 4, 14), False),  # Songkran, Monday
        (datetime.date(2025, 4, 16), False),  # substitution for Sunday 13 April
        (datetime.date(2025, 4, 17), True),
        (datetime.date(2028, 4, 17), False),  # substitution for Saturday 15 April
        (datetime.date(2028, 1, 3), False),  # New Year's Day on a Saturday, in lieu
        (datetime.date(2027, 1, 1), False),  # New Year's Day, Friday
        (datetime.date(2027, 1, 2), False),  # Saturday
        (datetime.date(2027, 1, 4), True),
    ],
)
def test_working_days(day, working):
    assert CALENDAR.is_working_day(day) is working


def test_a_deadline_jumps_over_songkran_and_its_substitution_day():
    received = at(2025, 4, 10, 10)  # Thursday
    assert CALENDAR.add_working_days(received, 1) == at(2025, 4, 11, 10)
    # Friday 11 April, then 12-16 April closed (weekend, Songkran, in lieu).
    assert CALENDAR.add_working_days(received, 2) == at(2025, 4, 17, 10)
    assert CALENDAR.add_working_days(received, 3) == at(2025, 4, 18, 10)


def test_a_weekend_holiday_moves_the_deadline_by_its_substitution_day():
    # Songkran 2028 ends on Saturday 15 April; Monday 17 April is off instead.
    assert CALENDAR.add_working_days(at(2028, 4, 12, 9), 1) == at(2028, 4, 18, 9)
    # New Year's Day 2028 is a Saturday; Monday 3 January is off instead.
    assert CALENDAR.add_working_days(at(2027, 12, 30, 9), 1) == at(2028, 1, 4, 9)


def test_new_year():
    # 31 December 2026 and 1 January 2027 are holidays; 2-3 January a weekend.
    assert CALENDAR.next_working_moment(at(2026, 12, 30, 17)) == at(2027, 1, 4, 8, 30)
    assert CALENDAR.add_working_time(at(2026, 12, 30, 15, 30), 2 * HOUR) == at(2027, 1, 4, 9, 30)


def test_a_closed_date_is_no_working_day():
    closed = WorkingCalendar(closed_dates=frozenset({datetime.date(2027, 3, 10)}))
    assert not closed.is_working_day(datetime.date(2027, 3, 10))
    assert closed.add_working_days(at(2027, 3, 9, 11), 1) == at(2027, 3, 11, 11)
    assert CALENDAR.add_working_days(at(2027, 3, 9, 11), 1) == at(2027, 3, 10, 11)


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (at(2027, 3, 9, 7), at(2027, 3, 9, 8, 30)),  # Tuesday, before opening
        (at(2027, 3, 9, 8, 30), at(2027, 3, 9, 8, 30)),  # opening
        (at(2027, 3, 9, 12), at(2027, 3, 9, 12)),  # inside hours
        (at(2027, 3, 9, 16, 30), at(2027, 3, 10, 8, 30)),  # closing: the next opening
        (at(2027, 3, 9, 22), at(2027, 3, 10, 8, 30)),
        (at(2027, 3, 12, 18), at(2027, 3, 15, 8, 30)),  # Friday evening
        (at(2027, 3, 13, 10), at(2027, 3, 15, 8, 30)),  # Saturday
        (at(2027, 3, 14, 23, 59), at(2027, 3, 15, 8, 30)),  # Sunday night
    ],
)
def test_next_working_moment(moment, expected):
    assert CALENDAR.next_working_moment(moment) == expected


def test_outside_hours_counting_starts_at_the_next_opening():
    friday_evening = at(2027, 3, 12, 18)
    assert CALENDAR.add_working_days(friday_evening, 1) == at(2027, 3, 15, 16, 30)
    assert CALENDAR.add_working_time(friday_evening, HOUR) == at(2027, 3, 15, 9, 30)
    saturday = at(2027, 3, 13, 10)
    assert CALENDAR.add_working_time(saturday, 8 * HOUR) == at(2027, 3, 15, 16, 30)
    early = at(2027, 3, 9, 6)
    assert CALENDAR.add_working_days(early, 2) == at(2027, 3, 10, 16, 30)


def test_time_that_runs_out_at_closing_ends_at_closing():
    assert CALENDAR.add_working_time(at(2027, 3, 9, 15, 30), HOUR) == at(2027, 3, 9, 16, 30)
    assert CALENDAR.add_working_days(at(2027, 3, 9, 8, 30), 1) == at(2027, 3, 9, 16, 30)
    assert CALENDAR.add_working_time(at(2027, 3, 9, 15, 30), 2 * HOUR) == at(2027, 3, 10, 9, 30)


def test_working_time_between_across_a_weekend_and_a_holiday():
    # Friday 11 April 2025 15:00 to Thursday 17 April 10:00: 1.5 h + 1.5 h.
    span = CALENDAR.working_time_between(at(2025, 4, 11, 15), at(2025, 4, 17, 10))
    assert span == 3 * HOUR
    # A whole week with no holiday: five days of eight hours.
    assert CALENDAR.working_time_between(at(2027, 3, 8), at(2027, 3, 15)) == 5 * WORKING_DAY
    assert CALENDAR.working_time_between(
        at(2027, 3, 13, 9), at(2027, 3, 14, 15)
    ) == datetime.timedelta(0)


def test_moments_in_other_zones_are_read_in_bangkok_and_answers_are_in_bangkok():
    utc_morning = datetime.datetime(2027, 3, 9, 2, 30, tzinfo=UTC)  # 09:30 in Bangkok
    result = CALENDAR.add_working_time(utc_morning, HOUR)
    assert result == at(2027, 3, 9, 10, 30) and result.tzinfo == BANGKOK
    tokyo = datetime.datetime(2027, 3, 9, 11, 30, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert CALENDAR.next_working_moment(tokyo).tzinfo == BANGKOK
    assert CALENDAR.add_working_time(tokyo, datetime.timedelta(0)).tzinfo == BANGKOK


def test_bad_input_is_refused():
    with pytest.raises(ValueError, match="timezone-aware"):
        CALENDAR.next_working_moment(datetime.datetime(2027, 3, 9, 10))
    with pytest.raises(ValueError):
        CALENDAR.add_working_time(at(2027, 3, 9, 10), -HOUR)
    with pytest.raises(ValueError):
        CALENDAR.add_working_days(at(2027, 3, 9, 10), -1)
    with pytest.raises(ValueError):
        CALENDAR.working_time_between(at(2027, 3, 9, 10), at(2027, 3, 9, 9))


# Property tests: moments from 2024 to 2029 (every year has weekend holidays),
# in Bangkok or UTC, to the minute; durations up to three weeks of working time.
moments = st.builds(
    lambda minutes, zone: (at(2024, 1, 1) + datetime.timedelta(minutes=minutes)).astimezone(zone),
    st.integers(min_value=0, max_value=6 * 365 * 24 * 60),
    st.sampled_from([BANGKOK, UTC]),
)
durations = st.integers(min_value=0, max_value=15 * 8 * 60).map(
    lambda minutes: datetime.timedelta(minutes=minutes)
)
closures = st.frozensets(
    st.dates(min_value=datetime.date(2024, 1, 1), max_value=datetime.date(2030, 1, 31)),
    max_size=40,
)
property_test = settings(deadline=None, max_examples=150)


@property_test
@given(moments, durations, closures)
def test_the_time_added_is_the_time_between(moment, duration, closed):
    calendar = WorkingCalendar(closed_dates=closed)
    end = calendar.add_working_time(moment, duration)
    assert end >= moment and end.tzinfo == BANGKOK
    assert calendar.working_time_between(moment, end) == duration


@property_test
@given(moments, durations)
def test_a_positive_duration_ends_inside_a_working_day(moment, duration):
    end = CALENDAR.add_working_time(moment, duration + datetime.timedelta(minutes=1))
    assert CALENDAR.is_working_day(end.date())
    assert datetime.time(8, 30) < end.time() <= datetime.time(16, 30)


@property_test
@given(moments, moments, durations, durations)
def test_adding_is_monotonic(first, second, short, long):
    early, late = sorted((first, second))
    short, long = sorted((short, long))
    assert CALENDAR.add_working_time(early, short) <= CALENDAR.add_working_time(late, short)
    assert CALENDAR.add_working_time(early, short) <= CALENDAR.add_working_time(early, long)
    assert CALENDAR.next_working_moment(early) <= CALENDAR.next_working_moment(late)


@property_test
@given(moments, durations, durations)
def test_adding_twice_is_adding_the_sum(moment, first, second):
    once = CALENDAR.add_working_time(moment, first + second)
    assert CALENDAR.add_working_time(CALENDAR.add_working_time(moment, first), second) == once


@property_test
@given(moments, moments, moments)
def test_working_time_between_adds_up_and_grows(first, second, third):
    a, b, c = sorted((first, second, third))
    between = CALENDAR.working_time_between
    assert between(a, b) + between(b, c) == between(a, c)
    assert between(a, b) <= between(a, c)
    assert between(a, c) <= (c - a)


@property_test
@given(moments, st.integers(min_value=0, max_value=30))
def test_working_days_are_eight_working_hours(moment, days):
    assert CALENDAR.add_working_days(moment, days) == CALENDAR.add_working_time(
        moment, days * WORKING_DAY
    )
    start = CALENDAR.next_working_moment(moment)
    if days and start.time() != datetime.time(8, 30):
        # From inside working hours: the same time of day, ``days`` working days later.
        deadline = CALENDAR.add_working_days(start, days)
        assert deadline.time() == start.time()
        assert (
            sum(
                CALENDAR.is_working_day(start.date() + datetime.timedelta(days=offset))
                for offset in range(1, (deadline.date() - start.date()).days + 1)
            )
            == days
        )

"""Working calendars with the closures administrators add, read in one query and
cached until a closure changes."""

import datetime

import pytest
from django.utils import translation

from core.working_time import BANGKOK
from offices.calendar import calendar_for
from offices.factories import ClosureFactory

pytestmark = pytest.mark.django_db

# Wednesday 10 March 2027 and the days around it are ordinary working days.
TUESDAY, WEDNESDAY, THURSDAY = (datetime.date(2027, 3, day) for day in (9, 10, 11))


def at(day, hour, minute=0):
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=BANGKOK)


def test_a_region_wide_closure_applies_to_every_office(directory):
    ClosureFactory(start_date=WEDNESDAY, office=None)
    for office in (None, directory.offices["PLK"].th, directory.offices["TAK-01"].en):
        calendar = calendar_for(office)
        assert not calendar.is_working_day(WEDNESDAY)
        assert calendar.add_working_days(at(TUESDAY, 11), 1) == at(THURSDAY, 11)


def test_an_office_closure_applies_to_that_office_in_both_languages_only(directory):
    wang_thong = directory.offices["PLK-01"]
    ClosureFactory(start_date=WEDNESDAY, end_date=THURSDAY, office=wang_thong.th)
    for page in (wang_thong.th, wang_thong.en):
        assert not calendar_for(page).is_working_day(THURSDAY)
        friday = datetime.date(2027, 3, 12)
        assert calendar_for(page).next_working_moment(at(WEDNESDAY, 9)) == at(friday, 8, 30)
    for other in (None, directory.offices["PLK"].th, directory.offices["PLK-02"].th):
        assert calendar_for(other).is_working_day(WEDNESDAY)


def test_working_time_between_skips_the_closure(directory):
    office = directory.offices["TAK"].th
    ClosureFactory(start_date=WEDNESDAY, office=office)
    span = calendar_for(office).working_time_between(at(TUESDAY, 16), at(THURSDAY, 9))
    assert span == datetime.timedelta(hours=1)  # 16:00-16:30 and 08:30-09:00


def test_closed_dates_are_read_once_and_again_after_a_change(directory, django_assert_num_queries):
    office = directory.offices["TAK"].th
    closure = ClosureFactory(start_date=WEDNESDAY, office=office)
    with django_assert_num_queries(1):
        assert not calendar_for(office).is_working_day(WEDNESDAY)
    with django_assert_num_queries(0):
        assert not calendar_for(office).is_working_day(WEDNESDAY)
    closure.start_date = closure.end_date = THURSDAY
    closure.save()
    calendar = calendar_for(office)
    assert calendar.is_working_day(WEDNESDAY) and not calendar.is_working_day(THURSDAY)
    closure.delete()
    assert calendar_for(office).is_working_day(THURSDAY)


def test_a_closure_spans_its_days_and_names_itself_in_the_active_language():
    closure = ClosureFactory.build(start_date=TUESDAY, end_date=THURSDAY)
    assert closure.days() == [TUESDAY, WEDNESDAY, THURSDAY]
    assert str(closure) == closure.name_th
    with translation.override("en"):
        assert str(closure) == closure.name_en

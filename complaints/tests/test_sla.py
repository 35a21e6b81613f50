"""The SLA clock from the event log: working time across Songkran, substitution
days and closures, pauses, priority changes and transfers."""

import datetime

import pytest

from complaints import factories, sla, workflow
from complaints.choices import PauseOn, Priority, Source
from complaints.tests.conftest import bangkok
from offices.calendar import calendar_for
from offices.factories import ClosureFactory

pytestmark = pytest.mark.django_db
HOUR = datetime.timedelta(hours=1)


def test_due_times_skip_songkran(offices, at):
    at(bangkok(2027, 4, 9, 10, 0))  # Friday; Songkran is Tuesday 13 to Thursday 15
    complaint = factories.file(office=offices["area"], received_at=bangkok(2027, 4, 9, 10, 0))
    workflow.triage(complaint, None, priority=Priority.P2)
    complaint.refresh_from_db()
    assert complaint.acknowledge_due_at == bangkok(2027, 4, 12, 10, 0)
    assert complaint.reply_due_at == bangkok(2027, 4, 19, 10, 0)
    assert complaint.resolve_due_at == bangkok(2027, 5, 7, 10, 0)


def test_same_working_day_acknowledgement_after_a_substitution_day(offices, at):
    # Friday evening; Monday 7 December 2026 is the substitution day for the 5th.
    received = at(bangkok(2026, 12, 4, 17, 0))
    complaint = factories.file(office=offices["area"], received_at=received)
    workflow.triage(complaint, None, priority=Priority.P1)
    complaint.refresh_from_db()
    assert complaint.acknowledge_due_at == bangkok(2026, 12, 8, 16, 30)
    assert complaint.reply_due_at == bangkok(2026, 12, 8, 16, 30)


def test_an_office_closure_moves_its_complaints_due_times(offices, at):
    ClosureFactory(office=offices["area"], start_date=datetime.date(2027, 3, 10))
    received = at(bangkok(2027, 3, 9, 9, 0))
    closed = factories.file(office=offices["area"], received_at=received)
    elsewhere = factories.file(office=offices["other"], received_at=received)
    assert closed.acknowledge_due_at == bangkok(2027, 3, 11, 9, 0)
    assert elsewhere.acknowledge_due_at == bangkok(2027, 3, 10, 9, 0)


def test_strict_sources_get_the_strict_policy(offices, at):
    received = at(bangkok(2027, 3, 1, 9, 0))
    direct = factories.file(received_at=received)
    media = factories.file(received_at=received, source=Source.MEDIA)
    assert direct.resolve_due_at == bangkok(2027, 3, 22, 9, 0)  # 15 working days
    assert media.resolve_due_at == bangkok(2027, 3, 15, 9, 0)  # 10 working days


def test_an_administrators_policy_replaces_the_default(offices, at):
    factories.SlaPolicyFactory(priority=Priority.P3, resolve_days=2, reply_days=1)
    complaint = factories.file(received_at=at(bangkok(2027, 3, 1, 9, 0)))
    assert complaint.resolve_due_at == bangkok(2027, 3, 3, 9, 0)
    assert complaint.reply_due_at == bangkok(2027, 3, 2, 9, 0)


def _paused_two_days(offices, at, on=PauseOn.CITIZEN):
    complaint = factories.file(
        office=offices["area"], received_at=at(bangkok(2027, 3, 1, 9, 0))
    )  # Monday
    at(bangkok(2027, 3, 2, 9, 0))
    workflow.pause(complaint, None, on, "ขอสำเนาหนังสือรับรองการหักภาษี", datetime.date(2027, 3, 9))
    at(bangkok(2027, 3, 4, 9, 0))
    if on == PauseOn.CITIZEN:
        workflow.citizen_answer(complaint, "แนบสำเนาแล้ว")
    else:
        workflow.resume(complaint, None, "ได้รับคำตอบจากหน่วยงานแล้ว")
    complaint.refresh_from_db()
    return complaint


def test_waiting_on_the_citizen_stops_the_clock_but_not_acknowledgement(offices, at):
    complaint = _paused_two_days(offices, at)
    assert complaint.paused_time == 16 * HOUR
    assert complaint.acknowledge_due_at == bangkok(2027, 3, 2, 9, 0)
    assert complaint.resolve_due_at == bangkok(2027, 3, 24, 9, 0)  # 15 + 2 working days


def test_waiting_on_an_agency_pauses_only_where_the_policy_says(offices, at):
    complaint = _paused_two_days(offices, at, on=PauseOn.AGENCY)
    assert complaint.paused_time == datetime.timedelta()
    assert complaint.resolve_due_at == bangkok(2027, 3, 22, 9, 0)
    factories.SlaPolicyFactory(priority=Priority.P3, pause_for_agency=True)
    workflow.add_note(complaint, None, "ทบทวนเวลา")
    complaint.refresh_from_db()
    assert complaint.paused_time == 16 * HOUR


def test_a_priority_change_keeps_the_time_already_paused(offices, at):
    complaint = _paused_two_days(offices, at)
    workflow.triage(complaint, None, priority=Priority.P1)
    complaint.refresh_from_db()
    assert complaint.paused_time == 16 * HOUR
    assert complaint.resolve_due_at == bangkok(2027, 3, 12, 9, 0)  # 7 + 2 working days


def test_an_open_pause_counts_until_now(offices, at):
    complaint = factories.file(received_at=at(bangkok(2027, 3, 1, 9, 0)))
    workflow.pause(complaint, None, PauseOn.CITIZEN, "ขอเอกสาร", datetime.date(2027, 3, 9))
    at(bangkok(2027, 3, 2, 9, 0))
    workflow.add_note(complaint, None, "ยังรอเอกสาร")
    complaint.refresh_from_db()
    assert complaint.paused_time == 8 * HOUR


def test_a_transfer_keeps_the_citizens_clock_and_starts_the_offices(offices, at):
    complaint = factories.file(office=offices["area"], received_at=at(bangkok(2027, 3, 1, 9, 0)))
    at(bangkok(2027, 3, 3, 9, 0))
    workflow.triage(complaint, None, office=offices["other"])
    complaint.refresh_from_db()
    assert complaint.office == offices["other"]
    assert complaint.resolve_due_at == bangkok(2027, 3, 22, 9, 0)
    assert complaint.office_due_at == bangkok(2027, 3, 24, 9, 0)


def test_the_warning_comes_at_three_quarters_of_the_resolution_time(offices, at):
    complaint = factories.file(received_at=at(bangkok(2027, 3, 1, 8, 30)))
    # 75% of 15 working days is 90 working hours: the 12th working day at 10:30.
    assert complaint.warn_at == bangkok(2027, 3, 16, 10, 30)


def test_working_days_taken_leave_out_the_pauses(offices, at):
    complaint = _paused_two_days(offices, at)
    calendar = calendar_for(complaint.office)
    assert sla.working_days_taken(calendar, complaint, bangkok(2027, 3, 8, 9, 0)) == 3

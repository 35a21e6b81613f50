"""Escalation notices: at 75% and at breach to office heads, P1 breaches to the
region, each exactly once whatever the number of ticks; nobody is reassigned."""

import datetime
import io
from unittest import mock

import pytest
from django.contrib.auth.models import Permission
from django.core.management import call_command

from complaints import escalation, factories, workflow
from complaints.choices import Kind, PauseOn, Priority
from complaints.models import EscalationNotice, NoticeKind
from complaints.tests.conftest import bangkok, work_at

pytestmark = pytest.mark.django_db
RECEIVED = bangkok(2027, 3, 1, 8, 30)  # P3: 15 working days, due 19 March 16:30
AT_80_PERCENT = bangkok(2027, 3, 17, 9, 0)
AFTER_DUE = bangkok(2027, 3, 23, 9, 0)


@pytest.fixture
def heads(user_for, offices):
    return {
        "area": work_at(user_for("head"), offices["area"]),
        "other": work_at(user_for("officer"), offices["other"]),
    }


def _filed(offices, at, **fields):
    at(RECEIVED)
    complaint = factories.file(office=offices["branch"], received_at=RECEIVED, **fields)
    complaint.refresh_from_db()
    return complaint


def _tick(at, moment, capture):
    at(moment)
    with capture(execute=True):
        return escalation.tick()


def test_heads_hear_at_75_percent_and_at_breach_exactly_once(
    offices, heads, at, mailoutbox, django_capture_on_commit_callbacks, user_for
):
    officer = user_for("officer")
    complaint = _filed(offices, at)
    workflow.triage(complaint, officer, assignee=officer)
    assert (
        _tick(at, bangkok(2027, 3, 15, 9, 0), django_capture_on_commit_callbacks)[
            NoticeKind.WARNING
        ]
        == 0
    )
    first = _tick(at, AT_80_PERCENT, django_capture_on_commit_callbacks)
    again = _tick(at, AT_80_PERCENT, django_capture_on_commit_callbacks)
    assert first[NoticeKind.WARNING] == 1 and again[NoticeKind.WARNING] == 0
    assert [mail.to for mail in mailoutbox] == [[heads["area"].email]]
    assert "75%" in mailoutbox[0].subject and complaint.reference in mailoutbox[0].subject
    for _ in range(3):
        _tick(at, AFTER_DUE, django_capture_on_commit_callbacks)
    kinds = list(complaint.notices.order_by("kind").values_list("kind", flat=True))
    assert kinds == [NoticeKind.BREACH, NoticeKind.WARNING]
    assert len(mailoutbox) == 2
    complaint.refresh_from_db()
    assert complaint.assignee == officer


def test_a_p1_breach_also_tells_the_region(
    offices, heads, at, mailoutbox, django_capture_on_commit_callbacks, user_for
):
    executive = user_for("executive")
    complaint = _filed(offices, at)
    workflow.triage(complaint, None, priority=Priority.P1)
    _tick(at, AFTER_DUE, django_capture_on_commit_callbacks)
    assert set(complaint.notices.values_list("kind", flat=True)) == set(NoticeKind.values)
    region = [mail for mail in mailoutbox if mail.to == [executive.email]]
    assert len(region) == 1 and "P1" in region[0].subject


def test_paused_and_answered_complaints_are_not_escalated(
    offices, heads, at, django_capture_on_commit_callbacks
):
    paused = _filed(offices, at)
    workflow.pause(paused, None, PauseOn.CITIZEN, "ขอเอกสาร", datetime.date(2027, 4, 1))
    answered = _filed(offices, at)
    workflow.answer(answered, None, "ตอบแล้ว", "upheld")
    _tick(at, AFTER_DUE, django_capture_on_commit_callbacks)
    assert not EscalationNotice.objects.exists()


def test_a_tip_goes_to_designated_officers_never_the_office(
    offices, heads, at, mailoutbox, django_capture_on_commit_callbacks, user_for
):
    designated = user_for("staff")
    designated.user_permissions.add(Permission.objects.get(codename="handle_corruption_tips"))
    _filed(offices, at, kind=Kind.CORRUPTION)
    _tick(at, AFTER_DUE, django_capture_on_commit_callbacks)
    assert {tuple(mail.to) for mail in mailoutbox} == {(designated.email,)}


def test_a_failed_mail_is_retried_by_the_next_tick(
    offices, heads, at, mailoutbox, django_capture_on_commit_callbacks
):
    complaint = _filed(offices, at)
    with mock.patch("django.core.mail.EmailMessage.send", side_effect=OSError("down")):
        _tick(at, AT_80_PERCENT, django_capture_on_commit_callbacks)
    assert not complaint.notices.exists()
    _tick(at, AT_80_PERCENT, django_capture_on_commit_callbacks)
    assert complaint.notices.count() == 1 and len(mailoutbox) == 1


def test_the_command_reports_what_it_sent(offices, heads, at):
    _filed(offices, at)
    at(AT_80_PERCENT)
    out = io.StringIO()
    call_command("complaints_sla_tick", stdout=out)
    assert out.getvalue().strip() == "warning=1 breach=0 region=0"
    out = io.StringIO()
    call_command("complaints_sla_tick", stdout=out)
    assert out.getvalue().strip() == "warning=0 breach=0 region=0"

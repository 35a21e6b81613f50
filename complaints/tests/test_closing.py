"""Answers nobody confirmed close automatically after the policy's working days on
the office's calendar: the boundary, holidays and closures, paused complaints,
idempotence, the timeline and the mail in the complainant's language."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import translation

from complaints import closing, factories, filing, workflow
from complaints.choices import Outcome, PauseOn, Priority, Status
from complaints.models import Complaint, Event, EventKind
from complaints.tests.conftest import bangkok
from offices.factories import ClosureFactory
from surveys.factories import SurveyFactory

pytestmark = pytest.mark.django_db
MINUTE = datetime.timedelta(minutes=1)


@pytest.fixture
def answered(offices, at, user_for):
    """``answered(moment, **fields)``: a complaint at the area office answered at ``moment``."""

    def make(moment, **fields):
        complaint = factories.file(
            office=offices["area"], received_at=at(moment - datetime.timedelta(days=3)), **fields
        )
        at(moment)
        return workflow.answer(complaint, user_for("officer"), "ตอบ", Outcome.UPHELD)

    return make


def status(complaint):
    return Complaint.objects.get(pk=complaint.pk).status


def test_closes_on_the_fifteenth_working_day_not_before(answered):
    complaint = answered(bangkok(2027, 3, 1, 10, 0))  # no holiday up to 22 March
    assert closing.close_unconfirmed(now=bangkok(2027, 3, 22, 10, 0) - MINUTE) == 0
    assert status(complaint) == Status.ANSWERED
    assert closing.close_unconfirmed(now=bangkok(2027, 3, 22, 10, 0)) == 1
    assert status(complaint) == Status.CLOSED


def test_holidays_and_an_office_closure_are_not_counted(answered, offices):
    songkran = answered(bangkok(2027, 4, 9, 10, 0))  # Songkran: 13–15 April
    ClosureFactory(office=offices["area"], start_date=datetime.date(2027, 3, 10))
    closure = answered(bangkok(2027, 3, 1, 10, 0))
    closing.close_unconfirmed(now=bangkok(2027, 3, 22, 10, 0))
    closing.close_unconfirmed(now=bangkok(2027, 5, 7, 10, 0) - MINUTE)
    assert status(closure) == Status.CLOSED and status(songkran) == Status.ANSWERED
    closing.close_unconfirmed(now=bangkok(2027, 5, 7, 10, 0))
    assert status(songkran) == Status.CLOSED


def test_a_closure_day_moves_the_boundary(answered, offices):
    ClosureFactory(office=offices["area"], start_date=datetime.date(2027, 3, 10))
    complaint = answered(bangkok(2027, 3, 1, 10, 0))
    assert closing.close_unconfirmed(now=bangkok(2027, 3, 22, 10, 0)) == 0
    assert closing.close_unconfirmed(now=bangkok(2027, 3, 23, 10, 0)) == 1
    assert status(complaint) == Status.CLOSED


def test_the_days_come_from_the_policy(answered):
    factories.SlaPolicyFactory(priority=Priority.P3, close_after_days=5)
    complaint = answered(bangkok(2027, 3, 1, 10, 0))
    assert closing.close_unconfirmed(now=bangkok(2027, 3, 8, 10, 0)) == 1
    assert Event.objects.get(complaint=complaint, kind=EventKind.AUTO_CLOSED).data == {"days": 5}


def test_paused_confirmed_and_reopened_complaints_are_left_alone(offices, at, user_for, answered):
    officer = user_for("officer")
    waiting = factories.file(office=offices["area"], received_at=at(bangkok(2027, 1, 4, 9, 0)))
    workflow.pause(waiting, officer, PauseOn.CITIZEN, "ขอเอกสาร", datetime.date(2027, 1, 11))
    confirmed = answered(bangkok(2027, 3, 1, 10, 0))
    workflow.confirm(confirmed, 5)
    reopened = answered(bangkok(2027, 3, 1, 10, 0))
    at(bangkok(2027, 3, 3, 10, 0))
    filing.reopen(reopened, "ยังไม่ได้รับเงินคืน")
    at(bangkok(2027, 3, 15, 10, 0))  # answered again: 15 working days run from here
    workflow.answer(reopened, officer, "ตอบอีกครั้ง", Outcome.UPHELD)
    assert closing.close_unconfirmed(now=bangkok(2027, 4, 1, 10, 0)) == 0
    assert status(waiting) == Status.WAITING and status(reopened) == Status.ANSWERED
    assert not Event.objects.filter(kind=EventKind.AUTO_CLOSED).exists()


def test_idempotent_with_the_timeline_and_one_mail_in_the_complainants_language(
    answered, offices, at, django_capture_on_commit_callbacks
):
    SurveyFactory(offices=[offices["area"]])
    with translation.override("en"):
        complaint = answered(bangkok(2027, 3, 1, 10, 0))
    mail.outbox.clear()
    at(bangkok(2027, 4, 1, 10, 0))
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(2):
            out = io.StringIO()
            with translation.override("th"):
                call_command("complaints_auto_close", stdout=out)
    assert out.getvalue().strip() == "closed=0"  # the second run
    assert Event.objects.filter(complaint=complaint, kind=EventKind.AUTO_CLOSED).count() == 1
    closed = Complaint.objects.get(pk=complaint.pk)
    assert closed.closed_at is not None and closed.language == "en"
    (message,) = mail.outbox
    assert message.to == ["somying@example.com"] and complaint.reference in message.subject
    assert "closed automatically" in message.body and "/th/surveys/link/" in message.body
    entries = Event.objects.filter(complaint=complaint, kind=EventKind.AUTO_CLOSED, public=True)
    assert entries.exists()


def test_the_citizen_sees_it_closed_in_the_timeline(offices, at, user_for, sign_in):
    complaint, code = factories.file(
        office=offices["area"], tracking=True, received_at=at(bangkok(2027, 2, 25, 9, 0))
    )
    at(bangkok(2027, 3, 1, 10, 0))
    workflow.answer(complaint, user_for("officer"), "ตอบ", Outcome.UPHELD)
    closing.close_unconfirmed(now=bangkok(2027, 4, 1, 10, 0))
    client = sign_in()
    client.post("/en/complaints/track/", {"reference": complaint.reference, "code": code})
    page = client.get(f"/en/complaints/track/{complaint.reference}/")
    assert page.context["status"] == "closed" and page.context["confirm_form"] is None
    assert [entry["kind"] for entry in page.context["entries"]][-1] == EventKind.AUTO_CLOSED


def test_a_confirmation_mail_carries_the_survey_link(
    answered, offices, django_capture_on_commit_callbacks
):
    SurveyFactory(offices=[offices["area"]])
    complaint = answered(bangkok(2027, 3, 1, 10, 0))
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        workflow.confirm(complaint, 4)
    (message,) = mail.outbox
    assert "/th/surveys/link/" in message.body

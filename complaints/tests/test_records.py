"""References without gaps, tracking codes, the append-only log and the state machine."""

import datetime

import pytest
from django.db import IntegrityError, transaction
from django.utils import translation

from complaints import factories, filing, references, workflow
from complaints.choices import Outcome, PauseOn, Status
from complaints.models import AppendOnly, Complaint, Event, EventKind
from complaints.tests.conftest import bangkok

pytestmark = pytest.mark.django_db
LATER = datetime.date(2099, 1, 1)


@pytest.fixture(autouse=True)
def _english():
    """The refusals these tests read are matched in English."""
    with translation.override("en"):
        yield


def test_references_count_per_buddhist_year_without_gaps(at):
    at(bangkok(2026, 12, 31, 23, 0))
    first = factories.file(received_at=bangkok(2026, 12, 31, 23, 0))
    with pytest.raises(RuntimeError), transaction.atomic():
        factories.file(received_at=bangkok(2026, 12, 31, 23, 30))
        raise RuntimeError("the filing is rolled back")
    second = factories.file(received_at=bangkok(2026, 12, 31, 23, 45))
    new_year = factories.file(received_at=bangkok(2027, 1, 1, 0, 5))
    assert [first.reference, second.reference, new_year.reference] == [
        "R7-2569-000001",
        "R7-2569-000002",
        "R7-2570-000001",
    ]


def test_a_number_is_unique_in_the_database():
    complaint = factories.file()
    with pytest.raises(IntegrityError), transaction.atomic():
        Complaint.objects.create(
            reference="R7-X", year=complaint.year, number=complaint.number,
            tracking_hash="x", kind="complaint", subject="s", description="d", channel="web",
        )  # fmt: skip


def test_only_the_hash_of_the_tracking_code_is_stored():
    complaint, code = factories.file(tracking=True)
    assert code not in complaint.tracking_hash
    assert references.code_matches(complaint, code)
    assert references.code_matches(complaint, code.lower().replace("-", " "))
    assert not references.code_matches(complaint, "AAAAA-AAAAA")


def test_a_repeated_form_token_files_once():
    token = "5f0c7d0e-8e7a-4a57-9f0b-1b7c1c1f0001"
    data = {"kind": "complaint", "subject": "ซ้ำ", "description": "กดส่งสองครั้ง"}
    first = filing.file_complaint(data, "web", form_token=token)
    again = filing.file_complaint(data, "web", form_token=token)
    assert first.created and not again.created
    assert again.complaint == first.complaint and again.tracking_code is None
    assert Complaint.objects.count() == 1


def test_an_anonymous_complaint_keeps_no_contact_details():
    complaint = factories.file(anonymous=True)
    assert (complaint.contact_name, complaint.contact_phone, complaint.contact_email) == (
        "",
        "",
        "",
    )


def test_events_are_append_only():
    complaint = factories.file()
    event = complaint.events.get()
    event.text = "แก้ไขย้อนหลัง"
    with pytest.raises(AppendOnly):
        event.save()
    with pytest.raises(AppendOnly):
        event.delete()
    assert Event.objects.get(pk=event.pk).text == ""


def test_every_action_is_logged_with_who_and_whether_the_citizen_sees_it(user_for):
    officer = user_for("officer")
    complaint = factories.file()
    workflow.add_note(complaint, officer, "โทรสอบถามฝ่ายคืนภาษีแล้ว")
    workflow.reply(complaint, officer, "กำลังตรวจสอบ")
    logged = list(complaint.events.values_list("kind", "actor", "public"))
    assert logged == [
        (EventKind.FILED, None, True),
        (EventKind.NOTE, officer.pk, False),
        (EventKind.ACKNOWLEDGED, officer.pk, True),
        (EventKind.REPLIED, officer.pk, True),
    ]
    complaint.refresh_from_db()
    assert complaint.status == Status.IN_PROGRESS and complaint.replied_at is not None


@pytest.mark.parametrize(
    "action, message",
    [
        (lambda c: workflow.resume(c, None, "ต่อ"), "not paused"),
        (lambda c: workflow.confirm(c, 5), "Only an answered complaint"),
        (lambda c: workflow.pause(c, None, PauseOn.CITIZEN, " ", LATER), "reason"),
        (lambda c: workflow.answer(c, None, "", Outcome.UPHELD), "reply"),
        (lambda c: workflow.answer(c, None, "ตอบ", "bogus"), "outcome"),
        (lambda c: workflow.reopen(c, "ยังไม่ได้รับ"), "Only an answered"),
        (lambda c: workflow.citizen_answer(c, "ตอบ"), "No information"),
    ],
)
def test_actions_outside_the_transitions_are_refused_and_change_nothing(action, message):
    complaint = factories.file()
    with pytest.raises(workflow.WorkflowError, match=message):
        action(complaint)
    complaint.refresh_from_db()
    assert complaint.status == Status.NEW
    assert complaint.events.count() == 1


def test_a_pause_needs_an_expected_date_not_in_the_past():
    complaint = factories.file()
    with pytest.raises(workflow.WorkflowError, match="date"):
        workflow.pause(complaint, None, PauseOn.CITIZEN, "ขอเอกสาร", datetime.date(2000, 1, 1))


def _answered(officer, **fields):
    complaint = factories.file(**fields)
    workflow.answer(complaint, officer, "คืนเงินแล้ว", Outcome.UPHELD, "ตรวจเอกสารช้า", "เพิ่มเจ้าหน้าที่")
    complaint.refresh_from_db()
    return complaint


def test_answer_then_confirm_with_a_rating_closes(user_for):
    complaint = _answered(user_for("officer"))
    assert complaint.status == Status.ANSWERED
    assert complaint.root_cause == "ตรวจเอกสารช้า"
    workflow.confirm(complaint, 4, "รวดเร็ว")
    complaint.refresh_from_db()
    assert complaint.status == Status.CLOSED and complaint.rating == 4
    assert complaint.closed_at is not None
    with pytest.raises(workflow.WorkflowError):
        workflow.confirm(complaint, 5)


def test_a_rating_outside_one_to_five_is_refused(user_for):
    complaint = _answered(user_for("officer"))
    with pytest.raises(workflow.WorkflowError, match="1 to 5"):
        workflow.confirm(complaint, 6)


def test_reopening_within_15_days_reopens_the_same_complaint(user_for):
    complaint = _answered(user_for("officer"))
    reopened, code = filing.reopen(complaint, "ยังไม่ได้รับเงิน")
    assert code is None and reopened.pk == complaint.pk
    assert reopened.status == Status.IN_PROGRESS and reopened.answered_at is None


def test_reopening_after_15_days_files_a_new_linked_complaint(user_for, at):
    at(bangkok(2027, 3, 1, 9, 0))
    complaint = _answered(user_for("officer"))
    at(bangkok(2027, 3, 17, 9, 0))
    reopened, code = filing.reopen(complaint, "ปัญหาเดิมเกิดขึ้นอีก")
    assert code and reopened.pk != complaint.pk
    assert reopened.reopened_from == complaint
    assert reopened.description == "ปัญหาเดิมเกิดขึ้นอีก"
    assert reopened.contact_email == complaint.contact_email
    complaint.refresh_from_db()
    assert complaint.status == Status.ANSWERED

"""The officers' inbox, recording on a complainant's behalf, and the actions."""

import datetime

import pytest
from django.contrib.auth.models import Permission
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import translation

from complaints import factories, workflow
from complaints.choices import Channel, Kind, Outcome, PauseOn, Priority, Status
from complaints.inbox import IdsFirst
from complaints.models import Attachment, Complaint, EventKind, ReplyTemplate
from complaints.tests.conftest import work_at

pytestmark = pytest.mark.django_db
# Thai addresses where a form picks an office (the test offices are Thai pages);
# English where a test reads a message.
INBOX = "/th/complaints/inbox/"
RECORD = "/th/complaints/inbox/record/"
LATER = "2099-01-01"


def en(name, *args):
    with translation.override("en"):
        return reverse(name, args=args)


def th(name, *args):
    return reverse(name, args=args)


@pytest.fixture
def officer(user_for, offices):
    return work_at(user_for("officer"), offices["area"])


@pytest.fixture
def complaint(offices):
    return factories.file(office=offices["area"])


def _act(client, complaint, name, data, url=th):
    return client.post(url("complaints:act", complaint.reference, name), data)


@pytest.mark.parametrize("role, status", [(None, 302), ("citizen", 403), ("staff", 403),
                                          ("editor", 403)])  # fmt: skip
def test_only_complaint_roles_open_the_inbox(sign_in, offices, role, status):
    response = sign_in(role).get(INBOX)
    assert response.status_code == status


def test_the_inbox_lists_the_offices_complaints_with_counts_that_match(sign_in, officer, offices):
    mine = [factories.file(office=offices["area"]) for _ in range(3)]
    factories.file(office=offices["branch"], priority=Priority.P1)
    factories.file(office=offices["other"])
    factories.file(office=offices["area"], kind=Kind.CORRUPTION)
    workflow.acknowledge(mine[0], officer)
    client = sign_in(officer)
    page = client.get(INBOX)
    assert page.context["page_obj"].paginator.count == 4
    counts = {value: n for value, _label, n in page.context["statuses"]}
    assert counts[Status.NEW] == 3 and counts[Status.IN_PROGRESS] == 1
    filtered = client.get(INBOX, {"status": Status.NEW, "office": offices["area"].pk})
    assert filtered.context["page_obj"].paginator.count == 2
    assert {value: n for value, _l, n in filtered.context["statuses"]}[Status.IN_PROGRESS] == 1


def test_the_inbox_filters_overdue_and_sorts_by_due_time(sign_in, officer, offices):
    old = factories.file(office=offices["area"], received_at=datetime.datetime(2020, 1, 6, 9, 0,
                         tzinfo=datetime.UTC))  # fmt: skip
    factories.file(office=offices["area"])
    client = sign_in(officer)
    overdue = client.get(INBOX, {"due": "overdue"}).context["page_obj"]
    assert [c.pk for c in overdue] == [old.pk]
    assert client.get(INBOX).context["page_obj"][0] == old


def test_the_inbox_pages_at_a_constant_query_count(
    sign_in, officer, offices, django_assert_max_num_queries
):
    client = sign_in(officer)
    factories.file(office=offices["area"])
    with django_assert_max_num_queries(
        27
    ) as few:  # a first request: it also builds the site header's caches
        client.get(INBOX)
    for _ in range(60):
        factories.file(office=offices["branch"], category=None)
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = client.get(INBOX, {"page": "2"})
    assert page.context["page_obj"].number == 2 and len(page.context["page_obj"]) == 11


def test_an_officer_records_a_phone_complaint(sign_in, officer, offices):
    response = sign_in(officer).post(RECORD, {
        "channel": Channel.PHONE, "source": "direct", "received_at": "2026-11-27T10:15",
        "kind": "complaint", "subject": "โทรแจ้งปัญหาระบบคิว", "description": "รอคิวนาน",
        "office": offices["area"].pk, "contact_name": "สมศรี", "contact_phone": "1161",
        "form_token": "7c6a4b0e-0000-4000-8000-000000000001",
    })  # fmt: skip
    complaint = Complaint.objects.get()
    assert response.url == th("complaints:officer_detail", complaint.reference)
    assert complaint.channel == Channel.PHONE and complaint.recorded_by == officer
    assert complaint.received_at.date() == datetime.date(2026, 11, 27)


@pytest.mark.parametrize(
    "changes, field, message",
    [
        ({"received_at": "2999-01-01T09:00"}, "received_at", "future"),
        ({"channel": Channel.LETTER}, "external_reference", "e-document"),
        ({"channel": Channel.WEB}, "channel", "valid choice"),
    ],
)
def test_recording_refuses_bad_input(sign_in, officer, changes, field, message):
    data = {"channel": Channel.PHONE, "source": "direct", "received_at": "2026-11-27T10:15",
            "kind": "complaint", "subject": "เรื่อง", "description": "รายละเอียด",
            "anonymous": "on", "form_token": "7c6a4b0e-0000-4000-8000-000000000002"}  # fmt: skip
    response = sign_in(officer).post("/en/complaints/inbox/record/", {**data, **changes})
    assert message in " ".join(response.context["form"].errors[field])
    assert not Complaint.objects.exists()


def test_another_offices_complaint_and_a_tip_are_not_found(sign_in, officer, offices):
    client = sign_in(officer)
    elsewhere = factories.file(office=offices["other"])
    tip = factories.file(office=offices["area"], kind=Kind.CORRUPTION)
    for hidden in (elsewhere, tip):
        assert client.get(en("complaints:officer_detail", hidden.reference)).status_code == 404
        assert _act(client, hidden, "note", {"text": "x"}).status_code == 404


def test_a_designated_officer_handles_a_tip(sign_in, user_for, offices):
    designated = user_for("officer")
    designated.user_permissions.add(Permission.objects.get(codename="handle_corruption_tips"))
    tip = factories.file(office=offices["other"], kind=Kind.CORRUPTION)
    client = sign_in(designated)
    assert client.get(en("complaints:officer_detail", tip.reference)).status_code == 200
    _act(client, tip, "note", {"text": "ส่งต่อฝ่ายตรวจสอบภายใน"})
    assert tip.events.filter(kind=EventKind.NOTE).exists()


def test_executives_read_but_do_not_act(sign_in, user_for, complaint):
    client = sign_in(user_for("executive"))
    page = client.get(en("complaints:officer_detail", complaint.reference))
    assert page.status_code == 200 and not page.context["may_act"]
    assert _act(client, complaint, "note", {"text": "x"}).status_code == 403
    assert complaint.events.count() == 1


def test_the_detail_page_has_a_constant_query_count(
    sign_in, officer, complaint, django_assert_max_num_queries
):
    client = sign_in(officer)
    # 32: the page header also reads the staff member's community memberships, and this
    # first request builds the site header's caches.
    with django_assert_max_num_queries(32) as few:
        client.get(en("complaints:officer_detail", complaint.reference))
    for n in range(10):
        workflow.add_note(complaint, officer, f"บันทึก {n}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(en("complaints:officer_detail", complaint.reference))


def test_triage_and_assignment_are_logged(sign_in, officer, complaint, offices):
    category = factories.CategoryFactory()
    response = _act(sign_in(officer), complaint, "triage", {
        "category": category.pk, "priority": Priority.P1, "office": offices["branch"].pk,
        "assignee": officer.pk,
    })  # fmt: skip
    assert response.status_code == 302, response.context["forms"]["triage"].errors
    complaint.refresh_from_db()
    assert (complaint.category, complaint.priority, complaint.office, complaint.assignee) == (
        category, Priority.P1, offices["branch"], officer,
    )  # fmt: skip
    kinds = set(complaint.events.values_list("kind", flat=True))
    assert {
        EventKind.TRIAGED,
        EventKind.PRIORITY,
        EventKind.ASSIGNED,
        EventKind.TRANSFERRED,
    } <= kinds


def test_a_reply_from_a_template_is_in_the_complainants_language(sign_in, officer, offices):
    with translation.override("en"):
        complaint = factories.file(office=offices["area"])
    template = ReplyTemplate.objects.create(
        title="รับเรื่อง", body_th="ได้รับเรื่องแล้ว", body_en="We have your complaint."
    )
    _act(sign_in(officer), complaint, "reply", {"template": template.pk, "text": ""})
    assert complaint.events.get(kind=EventKind.REPLIED).text == "We have your complaint."


def test_notes_are_internal(sign_in, officer, complaint):
    _act(sign_in(officer), complaint, "note", {"text": "ผู้ร้องโทรมาซ้ำ"})
    assert not complaint.events.get(kind=EventKind.NOTE).public


@pytest.mark.parametrize(
    "name, data, field, message",
    [
        ("pause", {"on": PauseOn.CITIZEN, "reason": " ", "until": LATER}, "reason", "required"),
        ("pause", {"on": PauseOn.CITIZEN, "reason": "ขอเอกสาร"}, "until", "required"),
        ("close", {"text": "", "outcome": Outcome.UPHELD}, "text", "Write the reply"),
        ("reply", {"text": "ก" * 5001}, "text", "At most 5000"),
        ("refer", {"agency": "", "until": LATER}, "agency", "required"),
    ],
)
def test_an_action_with_bad_input_shows_the_error_and_changes_nothing(
    sign_in, officer, complaint, name, data, field, message
):
    response = _act(sign_in(officer), complaint, name, data, url=en)
    assert response.status_code == 400
    assert message in " ".join(response.context["forms"][name].errors[field])
    assert complaint.events.count() == 1


def test_resuming_what_is_not_paused_is_a_message(sign_in, officer, complaint):
    response = sign_in(officer).post(
        en("complaints:act", complaint.reference, "resume"), {"reason": "ต่อ"}, follow=True
    )
    assert "This complaint is not paused." in response.text
    assert complaint.events.count() == 1


def test_pause_refer_resume_and_close(sign_in, officer, complaint):
    client = sign_in(officer)
    _act(client, complaint, "refer", {"agency": "กรมบัญชีกลาง", "their_reference": "กค 0401/12",
                                      "until": LATER})  # fmt: skip
    complaint.refresh_from_db()
    assert complaint.status == Status.WAITING and complaint.paused_on == PauseOn.AGENCY
    _act(client, complaint, "resume", {"reason": "ได้รับคำตอบแล้ว"})
    _act(client, complaint, "close", {"text": "คืนเงินแล้ว", "outcome": Outcome.UPHELD,
                                      "root_cause": "เอกสารไม่ครบ", "corrective_action": "ทำรายการตรวจ"})  # fmt: skip
    complaint.refresh_from_db()
    assert complaint.status == Status.ANSWERED and complaint.root_cause == "เอกสารไม่ครบ"


def test_merging_a_duplicate(sign_in, officer, complaint, offices):
    duplicate = factories.file(office=offices["area"])
    client = sign_in(officer)
    _act(client, duplicate, "merge", {"into": complaint.reference.lower()})
    duplicate.refresh_from_db()
    assert duplicate.status == Status.CLOSED and duplicate.merged_into == complaint
    assert complaint.events.filter(kind=EventKind.NOTE, text=duplicate.reference).exists()
    elsewhere = factories.file(office=offices["other"])
    third = factories.file(office=offices["area"])
    response = client.post(en("complaints:act", third.reference, "merge"),
                           {"into": elsewhere.reference}, follow=True)  # fmt: skip
    assert "No complaint you may open" in response.text


def test_attachments_are_served_to_officers_who_see_the_complaint(
    sign_in, officer, offices, user_for
):
    complaint = factories.file(office=offices["area"])
    attachment = Attachment(complaint=complaint, event=complaint.events.get(),
                            original_name="หลักฐาน.pdf", content_type="application/pdf", size=9)  # fmt: skip
    attachment.file.save("proof.pdf", ContentFile(b"%PDF-1.4\n"), save=True)
    url = en("complaints:officer_attachment", complaint.reference, attachment.pk)
    response = sign_in(officer).get(url)
    assert response.status_code == 200 and response["Cache-Control"] == "private, no-store"
    outsider = work_at(user_for("head"), offices["other"])
    assert sign_in(outsider).get(url).status_code == 404


def test_a_page_of_the_inbox_read_ids_first_keeps_the_sort_and_the_window(offices):
    filed = [factories.file(office=offices["area"]) for _ in range(7)]
    for days, complaint in enumerate(reversed(filed)):
        Complaint.objects.filter(pk=complaint.pk).update(
            resolve_due_at=datetime.datetime(2026, 12, 1 + days, tzinfo=datetime.UTC)
        )
    ordered = Complaint.objects.select_related("office").order_by("resolve_due_at", "pk")
    window = IdsFirst(ordered)[2:5]
    assert (
        [c.pk for c in window] == [c.pk for c in ordered[2:5]] == [f.pk for f in filed[::-1][2:5]]
    )
    assert window[0].office == offices["area"]

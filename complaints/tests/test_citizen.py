"""The complainant's pages: filing, the confirmation, finding and following a complaint."""

import datetime
import io

import pytest
from django.core import signing
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from PIL import Image

from complaints import factories, workflow
from complaints.choices import Channel, Outcome, PauseOn, Status
from complaints.forms import office_token
from complaints.models import Complaint, EventKind
from complaints.references import FINDING_LIMIT
from complaints.views.citizen import FILING_LIMIT

pytestmark = pytest.mark.django_db
NEW = "/en/complaints/new/"
TRACK = "/en/complaints/track/"


def en_url(name, *args):
    """``name``'s English address (the messages these tests read are in English)."""
    with translation.override("en"):
        return reverse(name, args=args)


TOKEN = "2b1b8e0e-57a5-4b49-9a57-3f6a0f6f0a01"


def _form(**changes):
    data = {
        "kind": "complaint",
        "subject": "เจ้าหน้าที่ไม่รับเรื่อง",
        "description": "ไปยื่นเอกสารที่สาขาแต่ไม่มีผู้รับเรื่อง",
        "contact_name": "สมชาย ใจดี",
        "contact_phone": "0812345678",
        "contact_email": "somchai@example.com",
        "consent": "on",
        "form_token": TOKEN,
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def _png():
    out = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(out, format="PNG")
    return SimpleUploadedFile("ใบเสร็จ.png", out.getvalue(), content_type="image/png")


def test_the_form_has_the_privacy_notice_and_says_what_anonymity_means(site, sign_in):
    response = sign_in().get(NEW)
    assert response.status_code == 200
    assert "Personal Data Protection Act" in response.text or "คุ้มครองข้อมูลส่วนบุคคล" in response.text
    assert 'name="anonymous"' in response.text


def test_filing_shows_and_mails_the_reference_and_code(
    site, sign_in, mailoutbox, django_capture_on_commit_callbacks, settings
):
    client = sign_in()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(NEW, _form(attachments=[_png()]))
    assert response.status_code == 302 and response.url == en_url("complaints:filed")
    complaint = Complaint.objects.get()
    assert complaint.channel == Channel.WEB and complaint.contact_phone == "08 1234 5678"
    assert complaint.citizen is None and complaint.status == Status.NEW
    shown = client.get(response.url).text
    assert complaint.reference in shown
    code = shown.split("data-tracking-code>")[1].split("<")[0]
    assert complaint.tracking_hash and code not in complaint.tracking_hash
    [mail] = mailoutbox
    assert complaint.reference in mail.subject and code in mail.body
    attachment = complaint.attachments.get()
    assert attachment.content_type == "image/png" and attachment.original_name == "ใบเสร็จ.png"
    assert attachment.file.path.startswith(str(settings.PRIVATE_MEDIA_ROOT))


def test_a_signed_in_citizen_is_linked_to_the_complaint(site, sign_in, user_for):
    sign_in("citizen").post(NEW, _form())
    assert Complaint.objects.get().citizen == user_for("citizen")


def test_an_anonymous_complaint_needs_no_contact_and_keeps_none(site, sign_in, mailoutbox):
    response = sign_in().post(NEW, _form(anonymous="on", contact_name="", contact_phone="x"))
    assert response.status_code == 302
    complaint = Complaint.objects.get()
    assert complaint.anonymous and not complaint.contact_phone and not mailoutbox


def test_a_qr_office_is_filled_in_and_a_forged_one_ignored(site, sign_in, offices):
    signed = office_token(offices["area"])
    thai = reverse("complaints:new")
    page = sign_in().get(thai, {"office": signed}).text
    assert f'<option value="{offices["area"].pk}" selected>' in page
    for forged in (signing.dumps("PLK", salt="elsewhere"), signed[:-1] + "x", "PLK"):
        page = sign_in().get(thai, {"office": forged}).text
        assert f'<option value="{offices["area"].pk}" selected>' not in page


@pytest.mark.parametrize(
    "changes, field, message",
    [
        ({"subject": "   "}, "subject", "This field is required"),
        ({"description": "ก" * 5001}, "description", "At most 5000"),
        ({"contact_phone": "12345"}, "contact_phone", "Thai telephone number"),
        ({"happened_on": "2999-01-01"}, "happened_on", "future"),
        ({"office": "999999"}, "office", "Choose an office"),
        ({"office": "1 OR 1=1"}, "office", "Choose an office"),
        ({"contact_name": ""}, "contact_name", "Give your name"),
        ({"contact_phone": "", "contact_email": ""}, "contact_phone", "telephone number or"),
        ({"consent": None}, "consent", "privacy notice"),
        ({"website": "http://spam.example"}, None, "could not be sent"),
    ],
)
def test_bad_input_is_a_message_and_saves_nothing(site, sign_in, changes, field, message):
    response = sign_in().post(NEW, _form(**changes))
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert message in " ".join(errors.get(field or "__all__", []))
    assert not Complaint.objects.exists()


def test_a_file_that_is_not_allowed_is_refused(site, sign_in):
    text = SimpleUploadedFile("note.txt", b"plain text", content_type="text/plain")
    response = sign_in().post(NEW, _form(attachments=[text]))
    assert "cannot be attached" in " ".join(response.context["form"].errors["attachments"])
    assert not Complaint.objects.exists()


def test_a_double_submit_files_one_complaint(site, sign_in):
    client = sign_in()
    client.post(NEW, _form())
    response = client.post(NEW, _form())
    assert response.status_code == 302
    assert Complaint.objects.count() == 1


def test_filing_is_throttled_per_client_behind_the_proxy(site, sign_in, settings):
    settings.TRUSTED_PROXIES = 1
    client = sign_in()
    for n in range(FILING_LIMIT):
        token = f"2b1b8e0e-57a5-4b49-9a57-3f6a0f6f0b{n:02d}"
        client.post(NEW, _form(form_token=token), HTTP_X_FORWARDED_FOR="203.0.113.9")
    refused = client.post(NEW, _form(), HTTP_X_FORWARDED_FOR="203.0.113.9")
    assert "several complaints" in " ".join(refused.context["form"].non_field_errors())
    other = client.post(NEW, _form(), HTTP_X_FORWARDED_FOR="203.0.113.10")
    assert other.status_code == 302
    assert Complaint.objects.count() == FILING_LIMIT + 1


def _found(client, complaint, code):
    return client.post(TRACK, {"reference": complaint.reference.lower(), "code": code})


def test_a_wrong_code_and_an_unknown_reference_answer_alike(site, sign_in):
    complaint, _code = factories.file(tracking=True)
    wrong = _found(sign_in(), complaint, "AAAAA-AAAAA")
    unknown = sign_in().post(TRACK, {"reference": "R7-2569-999999", "code": "AAAAA-AAAAA"})
    assert wrong.status_code == unknown.status_code == 200
    assert wrong.context["form"].non_field_errors() == unknown.context["form"].non_field_errors()


def test_guessing_codes_locks_the_address_out(site, sign_in):
    complaint, code = factories.file(tracking=True)
    client = sign_in()
    for _ in range(FINDING_LIMIT):
        _found(client, complaint, "AAAAA-AAAAA")
    locked = _found(client, complaint, code)
    assert "Too many attempts" in " ".join(locked.context["form"].non_field_errors())


def test_a_complaint_not_found_in_this_browser_is_not_shown(site, sign_in):
    complaint = factories.file()
    response = sign_in().get(en_url("complaints:detail", complaint.reference))
    assert response.status_code == 302 and response.url == TRACK


def _following(client, complaint, code):
    response = _found(client, complaint, code)
    assert response.status_code == 302
    return response.url


def test_the_timeline_shows_citizen_words_and_never_internal_notes(
    site, sign_in, user_for, django_assert_max_num_queries
):
    complaint, code = factories.file(tracking=True, subject="<script>alert(1)</script>")
    officer = user_for("officer")
    workflow.add_note(complaint, officer, "ผู้ร้องเคยร้องเรียนมาแล้ว")
    workflow.acknowledge(complaint, officer)
    client = sign_in()
    url = _following(client, complaint, code)
    with django_assert_max_num_queries(
        16
    ):  # a first request: it also builds the site header's caches
        page = client.get(url)
    assert page.context["status"] == "in-progress"
    assert "ผู้ร้องเคยร้องเรียนมาแล้ว" not in page.text
    assert "<script>alert(1)</script>" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
    assert page["Cache-Control"].startswith("max-age=0")


def test_the_journey_answer_confirm_and_rate(site, sign_in, user_for):
    complaint, code = factories.file(tracking=True)
    officer = user_for("officer")
    workflow.pause(
        complaint, officer, PauseOn.CITIZEN, "ขอสำเนาบัตรประชาชน", datetime.date(2099, 1, 1)
    )
    client = sign_in()
    url = _following(client, complaint, code)
    waiting = client.get(url)
    assert waiting.context["status"] == "waiting-for-you" and "ขอสำเนาบัตรประชาชน" in waiting.text
    answer_url = en_url("complaints:answer", complaint.reference)
    assert client.post(answer_url, {"text": ""}).status_code == 400
    client.post(answer_url, {"text": "ส่งสำเนาแล้ว", "attachments": [_png()]})
    complaint.refresh_from_db()
    assert complaint.status == Status.IN_PROGRESS and complaint.attachments.count() == 1
    workflow.answer(complaint, officer, "คืนเงินแล้ว", Outcome.UPHELD)
    assert client.get(url).context["status"] == "answered"
    client.post(en_url("complaints:confirm", complaint.reference),
                {"rating": "5", "comment": "ขอบคุณ"})  # fmt: skip
    complaint.refresh_from_db()
    assert complaint.status == Status.CLOSED and complaint.rating == 5
    assert client.get(url).context["status"] == "closed"


def test_a_refused_action_is_a_message(site, sign_in):
    complaint, code = factories.file(tracking=True)
    client = sign_in()
    _following(client, complaint, code)
    response = client.post(
        en_url("complaints:confirm", complaint.reference), {"rating": "5"}, follow=True
    )
    assert "Only an answered complaint" in response.text
    assert not complaint.events.filter(kind=EventKind.CONFIRMED).exists()


def test_the_citizen_reopens_an_answer(site, sign_in, user_for):
    complaint, code = factories.file(tracking=True)
    workflow.answer(complaint, user_for("officer"), "ชี้แจงแล้ว", Outcome.NOT_UPHELD)
    client = sign_in()
    _following(client, complaint, code)
    client.post(en_url("complaints:reopen", complaint.reference), {"text": "ยังไม่ชัดเจน"})
    complaint.refresh_from_db()
    assert complaint.status == Status.IN_PROGRESS


def test_pages_work_in_english(site, sign_in):
    response = sign_in().get("/en/complaints/new/")
    assert response.status_code == 200 and "Privacy notice" in response.text

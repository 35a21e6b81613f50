"""The intake API: bearer tokens per channel, 201 with reference and code, JSON
errors that save nothing, and the status look-up that answers a wrong code as an
unknown reference."""

import datetime
import io
import json
import re

import pytest
from django.core.management import call_command

from complaints import factories, workflow
from complaints.choices import Channel
from complaints.models import ChannelToken, Complaint
from complaints.references import FINDING_LIMIT

pytestmark = pytest.mark.django_db
URL = "/api/complaints/"


@pytest.fixture
def token():
    out = io.StringIO()
    call_command("complaints_channel_token", "line", stdout=out)
    return out.getvalue().strip()


def _post(client, payload, token, **headers):
    return client.post(URL, json.dumps(payload) if not isinstance(payload, str) else payload,
                       content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}",
                       **headers)  # fmt: skip


def _payload(**changes):
    payload = {
        "type": "complaint",
        "subject": "แจ้งผ่านไลน์",
        "description": "สอบถามเรื่องคืนภาษีไม่มีผู้ตอบ",
        "channel": "line",
        "office": "plk",
        "contact": {"name": "มานี", "phone": "0891234567", "email": "manee@example.com"},
    }
    payload.update(changes)
    return payload


def test_only_the_hash_of_a_channel_token_is_stored(token):
    channel = ChannelToken.objects.get(name="line")
    assert token not in channel.token_hash and ChannelToken.authenticate(token) == channel


def test_a_channel_files_a_complaint(client, token, offices):
    response = _post(client, _payload(), token)
    assert response.status_code == 201
    body = response.json()
    complaint = Complaint.objects.get(reference=body["reference"])
    assert body["status"] == "received" and body["tracking_code"]
    assert datetime.datetime.fromisoformat(body["resolve_due"]) == complaint.resolve_due_at
    assert complaint.channel == Channel.LINE and complaint.office == offices["area"]
    assert complaint.contact_phone == "08 9123 4567" and not complaint.anonymous


def test_without_contact_the_complaint_is_anonymous(client, token, offices):
    response = _post(client, _payload(contact=None, office=""), token)
    assert response.status_code == 201
    assert Complaint.objects.get().anonymous


@pytest.mark.parametrize("header", ["", "Bearer wrong", "Basic abc"])
def test_a_bad_token_is_a_401(client, token, header, offices):
    response = client.post(URL, json.dumps(_payload()), content_type="application/json",
                           HTTP_AUTHORIZATION=header)  # fmt: skip
    assert response.status_code == 401 and response["WWW-Authenticate"] == "Bearer"
    assert not Complaint.objects.exists()


def test_a_revoked_token_is_a_401(client, token, offices):
    ChannelToken.objects.update(revoked_at="2026-01-01T00:00Z")
    assert _post(client, _payload(), token).status_code == 401


@pytest.mark.parametrize(
    "payload, field",
    [
        ("not json", "__all__"),
        ("[1, 2]", "__all__"),
        (_payload(subject=""), "subject"),
        (_payload(description="ก" * 5001), "description"),
        (_payload(type="praise"), "type"),
        (_payload(channel="web"), "channel"),
        (_payload(office="NOPE"), "office"),
        (_payload(happened_on="2999-01-01"), "happened_on"),
        (_payload(contact={"phone": "12345"}), "phone"),
        (_payload(contact={"fax": "1"}), "contact.fax"),
        (_payload(contact="มานี"), "contact"),
        (_payload(priority="P1"), "priority"),
    ],
)
def test_a_bad_field_is_a_400_with_its_message_and_saves_nothing(
    client, token, offices, payload, field
):
    response = _post(client, payload, token, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert response.json()["errors"][field]
    assert not Complaint.objects.exists()


def test_errors_come_in_the_requests_language(client, token, offices):
    english = _post(client, _payload(office="NOPE"), token, HTTP_ACCEPT_LANGUAGE="en")
    assert english.json()["errors"]["office"] == ["No office has this code."]


def test_the_status_shows_what_the_complainant_sees(client, user_for):
    complaint, code = factories.file(tracking=True)
    workflow.add_note(complaint, user_for("officer"), "บันทึกภายใน")
    workflow.reply(complaint, user_for("officer"), "กำลังตรวจสอบ")
    response = client.get(f"{URL}{complaint.reference}/", {"code": code})
    body = response.json()
    assert body["reference"] == complaint.reference and body["status"] == "in-progress"
    assert [entry["event"] for entry in body["timeline"]] == ["filed", "acknowledged", "replied"]
    assert "บันทึกภายใน" not in response.text


def test_a_wrong_code_is_answered_as_an_unknown_reference(client):
    complaint = factories.file()
    wrong = client.get(f"{URL}{complaint.reference}/", {"code": "AAAAA-AAAAA"})
    unknown = client.get(f"{URL}R7-2569-999999/", {"code": "AAAAA-AAAAA"})
    assert wrong.status_code == unknown.status_code == 404
    assert wrong.content == unknown.content


def test_guessing_codes_is_throttled(client):
    complaint, code = factories.file(tracking=True)
    for _ in range(FINDING_LIMIT):
        client.get(f"{URL}{complaint.reference}/", {"code": "AAAAA-AAAAA"})
    assert client.get(f"{URL}{complaint.reference}/", {"code": code}).status_code == 429


def test_an_administrator_adds_a_channel_and_sees_its_token_once(sign_in, site):
    client = sign_in("admin")
    response = client.post(
        "/admin/snippets/complaints/channeltoken/add/", {"name": "facebook"}, follow=True
    )
    channel = ChannelToken.objects.get(name="facebook")
    [message] = [str(m) for m in response.context["messages"]]
    token = re.search(r"[A-Za-z0-9_-]{40,}", message).group()
    assert ChannelToken.authenticate(token) == channel
    listing = client.get("/admin/snippets/complaints/channeltoken/")
    assert token not in listing.content.decode()

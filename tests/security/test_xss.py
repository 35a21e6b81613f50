"""Script in user text is shown as text wherever it comes back: reflected in the
page that answers it, or stored and shown to staff later."""

import pytest
from django.contrib.auth import get_user_model

from manuals.models import CitizenHandbookPage, PageFeedback
from portal.models import StaffProfile

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'><svg/onload=alert(1)>",
    '<a href="javascript:alert(1)">คลิก</a>',
    "<iframe src=//evil.example></iframe>",
    '" autofocus onfocus="alert(1)',
    "</title><script>alert(1)</script>",
    "<ScRiPt>alert(1)</sCrIpT>",
    "ภาษี<script>alert('ไทย')</script>",
]


def body(response):
    return (b"".join(response) if response.streaming else response.content).decode()


def assert_inert(response, payload):
    assert response.status_code < 500
    assert payload not in body(response)


def user(username):
    return get_user_model().objects.get(username=username)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_reflected_text_is_escaped(client, payload):
    assert_inert(client.get("/th/search/", {"q": payload}), payload)
    assert_inert(client.get("/th/search/suggest/", {"q": payload}), payload)
    handbooks = CitizenHandbookPage.objects.live().first().get_parent().url
    assert_inert(client.get(handbooks, {"service_group": payload, "letter": payload}), payload)
    assert_inert(client.post("/th/accounts/login/", {"login": payload, "password": "x"}), payload)
    signup = {"username": payload, "email": payload, "password1": "a", "password2": "b"}
    assert_inert(client.post("/en/accounts/signup/", signup), payload)
    assert_inert(client.get("/th/no-such-page/", {"q": payload}), payload)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_stored_feedback_is_escaped_for_the_editors_who_read_it(client, payload):
    handbook = CitizenHandbookPage.objects.live().first()
    before = PageFeedback.objects.count()
    client.post(f"{handbook.url}feedback/", {"helpful": "no", "comment": payload})
    assert PageFeedback.objects.count() == before + 1
    feedback = PageFeedback.objects.latest("pk")
    client.force_login(user("editor"))
    for url in (
        "/admin/manuals/feedback-summary/",
        "/admin/manuals_feedback/",
        f"/admin/manuals_feedback/inspect/{feedback.pk}/",
    ):
        assert_inert(client.get(url), payload)


@pytest.mark.parametrize("payload", PAYLOADS[:3])
def test_stored_profile_text_is_escaped_in_the_supervisors_report(client, payload):
    StaffProfile.objects.filter(user__username="staff").update(office=payload, unit=payload)
    client.force_login(user("supervisor"))
    assert_inert(client.get("/th/training/report/"), payload)
    assert client.get("/th/training/report/csv/").status_code == 200

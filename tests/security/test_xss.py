"""Script in user text is shown as text wherever it comes back: reflected in the
page that answers it, or stored and shown to staff later."""

import pytest

from manuals.factories import CitizenHandbookPageFactory, HandbookIndexPageFactory
from manuals.models import PageFeedback
from portal.models import StaffProfile
from training.factories import CourseIndexPageFactory, CoursePageFactory
from training.learning import enrol

pytestmark = [pytest.mark.django_db]

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


@pytest.fixture(scope="module")
def handbook(module_site):
    """A live citizen handbook (with feedback) in its index on the Thai home page."""
    index = HandbookIndexPageFactory(parent=module_site.home)
    return CitizenHandbookPageFactory(parent=index)


def body(response):
    return (b"".join(response) if response.streaming else response.content).decode()


def assert_inert(response, payload):
    assert response.status_code < 500
    assert payload not in body(response)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_reflected_text_is_escaped(client, handbook, payload):
    assert_inert(client.get("/th/search/", {"q": payload}), payload)
    assert_inert(client.get("/th/search/suggest/", {"q": payload}), payload)
    handbooks = handbook.get_parent().url
    assert_inert(client.get(handbooks, {"service_group": payload, "letter": payload}), payload)
    assert_inert(client.post("/th/accounts/login/", {"login": payload, "password": "x"}), payload)
    signup = {"username": payload, "email": payload, "password1": "a", "password2": "b"}
    assert_inert(client.post("/en/accounts/signup/", signup), payload)
    assert_inert(client.get("/th/no-such-page/", {"q": payload}), payload)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_stored_feedback_is_escaped_for_the_editors_who_read_it(client, sign_in, handbook, payload):
    before = PageFeedback.objects.count()
    client.post(f"{handbook.url}feedback/", {"helpful": "no", "comment": payload})
    assert PageFeedback.objects.count() == before + 1
    feedback = PageFeedback.objects.latest("pk")
    assert feedback.page_id == handbook.pk
    editor = sign_in("editor")
    for url in (
        "/admin/manuals/feedback-summary/",
        "/admin/manuals_feedback/",
        f"/admin/manuals_feedback/inspect/{feedback.pk}/",
    ):
        assert_inert(editor.get(url), payload)


@pytest.mark.parametrize("payload", PAYLOADS[:3])
def test_stored_profile_text_is_escaped_in_the_supervisors_report(
    module_site, sign_in, user_for, payload
):
    """A staff member enrolled on a course has an office and unit: the report lists them."""
    course = CoursePageFactory(parent=CourseIndexPageFactory(parent=module_site.home))
    staff = user_for("staff")
    enrol(staff, course)
    StaffProfile.objects.create(user=staff, office=payload, unit=payload)
    client = sign_in("supervisor")
    assert_inert(client.get("/th/training/report/"), payload)
    assert client.get("/th/training/report/csv/").status_code == 200

""" "Was this page helpful?": validation, spam limits, CSRF, privacy of comments."""

import pytest
from django.utils import timezone

from core.models import Counter
from manuals.feedback import RATE_LIMIT
from manuals.models import PageFeedback

pytestmark = pytest.mark.django_db


def feedback_url(page):
    return page.url + "feedback/"


@pytest.fixture
def english_handbook(manuals):
    return manuals.handbooks["pit-refund"].en


def test_valid_answer_is_stored_and_thanked_in_the_readers_language(client, handbook):
    response = client.post(
        feedback_url(handbook), {"helpful": "yes", "comment": "ชัดเจนดี"}, follow=True
    )
    stored = PageFeedback.objects.get(page=handbook)
    assert stored.helpful is True
    assert stored.comment == "ชัดเจนดี"
    assert stored.locale == handbook.locale
    assert response.redirect_chain[-1][0] == handbook.url + "#feedback"
    assert response.context["messages"]


def test_english_page_messages_are_english(client, english_handbook):
    response = client.post(feedback_url(english_handbook), {"helpful": "no"}, follow=True)
    assert "Thank you for your feedback" in response.content.decode()


def test_comment_is_optional(client, handbook):
    client.post(feedback_url(handbook), {"helpful": "no"})
    assert PageFeedback.objects.get(page=handbook).comment == ""


def test_missing_answer_redisplays_the_form_keeping_the_comment(client, english_handbook):
    response = client.post(feedback_url(english_handbook), {"comment": "Please add a map"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "Please choose “Yes” or “No”." in body
    assert "Please add a map</textarea>" in body
    assert not PageFeedback.objects.exists()


def test_too_long_comment_is_refused_with_a_message_and_kept(client, english_handbook):
    comment = "ก" * 1001
    response = client.post(feedback_url(english_handbook), {"helpful": "yes", "comment": comment})
    assert response.status_code == 200
    assert "at most 1000 characters (it has 1001)" in response.content.decode()
    assert comment in response.content.decode()
    assert not PageFeedback.objects.exists()


def test_comment_is_kept_as_typed_never_shown_publicly_and_escaped_for_editors(
    client, sign_in, handbook
):
    typed = '<script>alert("x")</script>อ่านยาก <b>มาก</b> & สับสน'
    client.post(feedback_url(handbook), {"helpful": "no", "comment": typed})
    stored = PageFeedback.objects.get(page=handbook)
    assert stored.comment == typed
    for who in (None, "citizen", "staff"):
        body = sign_in(who).get(handbook.url).content.decode()
        assert "อ่านยาก" not in body
    summary = sign_in("moderator").get("/admin/manuals/feedback-summary/").content.decode()
    assert "&lt;b&gt;มาก&lt;/b&gt; &amp; สับสน" in summary
    assert "<script>alert" not in summary


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("แผนที่\r\nไม่ชัด\tค่ะ", "แผนที่\nไม่ชัด\tค่ะ"),
        ("อ่าน\x07ยาก\x1b[31m\x85", "อ่านยาก[31m"),
        ("\u202eโปรดแก้ไข\u202c \u2066ด่วน\u2069", "โปรดแก้ไข ด่วน"),
        ("ภาษา\u200bไทย", "ภาษา\u200bไทย"),  # a zero-width space is how Thai marks word breaks
    ],
)
def test_control_characters_and_direction_overrides_are_dropped(client, handbook, typed, kept):
    client.post(feedback_url(handbook), {"helpful": "no", "comment": typed})
    assert PageFeedback.objects.get(page=handbook).comment == kept


def test_double_submit_is_stored_once(client, handbook):
    data = {"helpful": "yes", "comment": "ดีมาก"}
    client.post(feedback_url(handbook), data)
    second = client.post(feedback_url(handbook), data, follow=True)
    assert PageFeedback.objects.filter(page=handbook).count() == 1
    assert "already received" in second.content.decode() or second.context["messages"]


def test_rate_limit_gives_a_clear_message_not_an_error(sign_in, english_handbook):
    client = sign_in(None)
    for number in range(RATE_LIMIT):
        client.post(feedback_url(english_handbook), {"helpful": "yes", "comment": f"c{number}"})
    response = client.post(
        feedback_url(english_handbook), {"helpful": "yes", "comment": "one more"}, follow=True
    )
    assert response.status_code == 200
    assert "a lot of feedback in a short time" in response.content.decode()
    assert PageFeedback.objects.count() == RATE_LIMIT
    Counter.objects.update(expires_at=timezone.now())  # ten minutes later
    client.post(feedback_url(english_handbook), {"helpful": "yes", "comment": "later"})
    assert PageFeedback.objects.count() == RATE_LIMIT + 1


def test_rate_limit_holds_across_sessions_from_one_address(sign_in, manuals):
    for number in range(RATE_LIMIT + 2):
        sign_in(None).post(
            feedback_url(manuals.handbooks["pit-refund"].th),
            {"helpful": "no", "comment": str(number)},
        )
    assert PageFeedback.objects.count() == RATE_LIMIT


def test_csrf_is_enforced(sign_in, handbook):
    client = sign_in(None, enforce_csrf_checks=True)
    response = client.post(feedback_url(handbook), {"helpful": "yes"})
    assert response.status_code == 403
    assert not PageFeedback.objects.exists()
    page = client.get(handbook.url)
    token = page.cookies["csrftoken"].value
    client.post(feedback_url(handbook), {"helpful": "yes", "csrfmiddlewaretoken": token})
    assert PageFeedback.objects.count() == 1


def test_get_on_the_feedback_url_goes_back_to_the_page(client, handbook):
    response = client.get(feedback_url(handbook))
    assert response.status_code == 302
    assert response["Location"] == handbook.url


def test_no_address_is_stored():
    field_names = {field.name for field in PageFeedback._meta.get_fields()}
    assert not field_names & {"ip", "ip_address", "user", "session"}


def test_form_is_accessible(client, handbook):
    body = client.get(handbook.url).content.decode()
    assert "<legend" in body
    assert 'for="id_comment"' in body
    assert 'aria-describedby="id_comment_help"' in body
    assert 'maxlength="1000"' in body

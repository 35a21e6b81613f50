"""Feedback in the admin: read-only, for Editors and Moderators only."""

import pytest

from manuals.factories import PageFeedbackFactory
from manuals.models import PageFeedback

pytestmark = pytest.mark.django_db


@pytest.fixture
def feedback(handbook):
    PageFeedbackFactory(page=handbook, helpful=True, comment="ชัดเจน")
    PageFeedbackFactory(page=handbook, helpful=False, comment="ควรเพิ่มแผนที่")
    return PageFeedbackFactory(page=handbook, helpful=False)


@pytest.mark.parametrize(
    ("username", "status"), [("editor", 200), ("moderator", 200), ("staff", 302), ("citizen", 302)]
)
def test_feedback_views_need_the_view_permission(sign_in, feedback, username, status):
    client = sign_in(username)
    assert client.get("/admin/manuals/feedback/").status_code == status
    assert client.get("/admin/manuals/feedback-summary/").status_code == status


def test_summary_counts_answers_per_page_and_shows_latest_comments(sign_in, feedback, handbook):
    response = sign_in("editor").get("/admin/manuals/feedback-summary/")
    row = next(row for row in response.context["rows"] if row["page"].pk == handbook.pk)
    assert (row["helpful_count"], row["unhelpful_count"]) == (1, 2)
    assert [f.comment for f in row["comments"]] == ["ควรเพิ่มแผนที่", "ชัดเจน"]


def test_feedback_is_read_only_even_for_superusers(sign_in, feedback):
    admin = sign_in("admin")
    assert admin.get("/admin/manuals/feedback/").status_code == 200
    assert admin.get(f"/admin/manuals/feedback/inspect/{feedback.pk}/").status_code == 200
    assert admin.get("/admin/manuals/feedback/new/").status_code == 302
    assert admin.post(f"/admin/manuals/feedback/delete/{feedback.pk}/").status_code == 302
    assert PageFeedback.objects.filter(pk=feedback.pk).exists()


def test_admin_menu_offers_feedback_to_editors(sign_in):
    assert "/admin/manuals/feedback-summary/" in sign_in("editor").get("/admin/").content.decode()


@pytest.mark.parametrize(
    "typed", ["&lt;script&gt;alert(1)&lt;/script&gt;", "<script>alert(1)</script>"]
)
def test_comments_are_shown_to_editors_exactly_as_typed_never_as_markup(
    client, sign_in, handbook, typed
):
    client.post(handbook.url + "feedback/", {"helpful": "no", "comment": typed})
    feedback = PageFeedback.objects.get(page=handbook)
    assert feedback.comment == typed
    escaped = typed.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    editor = sign_in("editor")
    for url in (
        "/admin/manuals/feedback-summary/",
        "/admin/manuals/feedback/",
        f"/admin/manuals/feedback/inspect/{feedback.pk}/",
    ):
        body = editor.get(url).content.decode()
        assert escaped in body, url
        assert "<script>alert(1)" not in body, url

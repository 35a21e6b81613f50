"""Bad input, double submits, locked topics, members-only communities, rate limits."""

import io
import uuid

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from communities import posting
from communities.models import Attachment, Post, Topic
from communities.tests.helpers import in_thai, post_data, reply_of, route, topic_data, topic_route
from core import uploads

pytestmark = [pytest.mark.django_db]


def reply_url(topic):
    return topic_route(topic, "reply")


def test_staff_start_a_topic_with_tags(sign_in, user_for, community):
    response = sign_in("staff").post(route(community, "new_topic"), topic_data(tags="บัตรคิว, SMILE"))
    topic = Topic.objects.latest("pk")
    assert response["Location"] == topic_route(topic)
    assert topic.community == community and topic.author == user_for("staff")
    assert sorted(topic.tags.names()) == ["SMILE", "บัตรคิว"]
    assert topic.posts.get().is_opening


def test_topics_started_from_the_english_page_belong_to_the_same_community(
    sign_in, community, english_community
):
    sign_in("staff").post(route(english_community, "new_topic"), topic_data())
    assert Topic.objects.latest("pk").community == community


@pytest.mark.parametrize("body", ["", "   \n\t  ", "<script>alert(1)</script>"])
def test_empty_posts_are_refused_with_a_message(sign_in, topic, body):
    before = Post.objects.count()
    response = sign_in("staff").post(reply_url(topic), post_data(body))
    assert response.status_code == 200
    errors = response.context["form"].errors["body"]
    assert errors and Post.objects.count() == before


def test_empty_post_message_is_in_thai(sign_in, topic):
    response = sign_in("staff").post(reply_url(topic), post_data(""))
    assert in_thai("Write something before posting.") in response.content.decode()


def test_over_long_title_and_body_are_refused(sign_in, community):
    before = Topic.objects.count()
    response = sign_in("staff").post(
        route(community, "new_topic"),
        {**topic_data(title="ก" * 201), "body": "ข" * 20001},
    )
    form = response.context["form"]
    assert "title" in form.errors and "body" in form.errors
    assert Topic.objects.count() == before


def test_double_submit_makes_one_post(sign_in, topic):
    client = sign_in("staff")
    data = post_data("ตอบครั้งเดียวแม้กดสองครั้ง")
    first = client.post(reply_url(topic), data)
    second = client.post(reply_url(topic), data)
    assert Post.objects.filter(body_source="ตอบครั้งเดียวแม้กดสองครั้ง").count() == 1
    assert first["Location"] == second["Location"]


def test_double_submit_of_a_new_topic_makes_one_topic(sign_in, community):
    client = sign_in("staff")
    data = topic_data(title="กดส่งสองครั้ง")
    url = route(community, "new_topic")
    client.post(url, data)
    client.post(url, data)
    assert Topic.objects.filter(title="กดส่งสองครั้ง").count() == 1


def test_someone_elses_form_token_is_not_reused(sign_in, topic):
    data = post_data("ของฉัน")
    sign_in("staff").post(reply_url(topic), data)
    response = sign_in("judge").post(reply_url(topic), {**data, "body": "ของคนอื่น"})
    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    assert not Post.objects.filter(body_source="ของคนอื่น").exists()


def test_replies_to_a_locked_topic_are_refused(sign_in, user_for, topic):
    topic.locked = True
    topic.save()
    before = topic.posts.count()
    response = sign_in("staff").post(reply_url(topic), post_data())
    assert response.status_code == 302
    assert topic.posts.count() == before
    with pytest.raises(posting.PostingError):
        data = {"body": "x", "body_html": "<p>x</p>", "form_token": uuid.uuid4()}
        posting.reply(topic, user_for("staff"), data)


def test_members_only_community_refuses_non_members(sign_in, user_for, community, topic):
    community.members_only_posting = True
    community.save()
    client = sign_in("moderator")  # a site moderator facilitates everywhere
    assert client.get(reply_url(topic)).status_code == 200
    outsider = sign_in("judge")
    assert not community.memberships.filter(user=user_for("judge")).exists()
    before = topic.posts.count()
    response = outsider.post(reply_url(topic), post_data())
    assert response.status_code == 403
    assert topic.posts.count() == before
    outsider.post(route(community, "membership"), {"action": "join"})
    assert outsider.post(reply_url(topic), post_data()).status_code == 302
    assert topic.posts.count() == before + 1


def test_editing_another_persons_post_is_refused(sign_in, user_for, topic):
    post = reply_of(topic)
    assert post.author != user_for("judge")
    response = sign_in("judge").post(
        reverse("communities:edit_post", args=[post.pk]), {"body": "แก้ของคนอื่น"}
    )
    assert response.status_code == 403
    post.refresh_from_db()
    assert post.body_source != "แก้ของคนอื่น"


def test_edits_keep_the_history(sign_in, topic):
    post = reply_of(topic)
    original = post.body_source
    client = sign_in(post.author)
    client.post(reverse("communities:edit_post", args=[post.pk]), {"body": "ฉบับแก้ไข"})
    post.refresh_from_db()
    assert post.body_source == "ฉบับแก้ไข" and post.edited_at
    assert post.revisions.get().body_source == original
    history = sign_in("moderator").get(reverse("communities:post_history", args=[post.pk]))
    assert original in history.content.decode()


def test_posting_is_rate_limited(sign_in, topic):
    client = sign_in("staff")
    before = topic.posts.count()
    for number in range(posting.RATE_LIMIT_POSTS + 2):
        response = client.post(reply_url(topic), post_data(f"ข้อความที่ {number}"))
    assert topic.posts.count() == before + posting.RATE_LIMIT_POSTS
    assert response.status_code == 200 and response.context["form"].non_field_errors()


def test_quote_prefills_the_reply(sign_in, topic):
    post = reply_of(topic)
    response = sign_in("staff").get(reply_url(topic), {"quote": post.pk})
    initial = response.context["form"].initial["body"]
    assert initial.startswith(f"@{post.author.username}")
    assert "> " + post.body_source.splitlines()[0] in initial


def _png(size=(40, 30)):
    out = io.BytesIO()
    Image.new("RGB", size, "red").save(out, format="PNG")
    return out.getvalue()


def test_image_attachments_are_re_encoded(sign_in, topic):
    upload = SimpleUploadedFile("photo.gif", _png() + b"trailing", content_type="image/gif")
    sign_in("staff").post(reply_url(topic), post_data(attachment=upload))
    attachment = Attachment.objects.latest("pk")
    assert attachment.content_type == "image/png"
    assert attachment.original_name == "photo.gif"
    with attachment.file.open("rb") as stored:
        data = stored.read()
    assert not data.endswith(b"trailing") and Image.open(io.BytesIO(data)).size == (40, 30)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("evil.pdf", b"<html><script>alert(1)</script></html>"),
        ("run.exe", b"MZ\x90\x00binary"),
        ("page.svg", b"<svg onload=alert(1)></svg>"),
        ("archive.docx", b"PK\x03\x04 not really a zip"),
    ],
)
def test_disallowed_files_are_refused_and_nothing_is_posted(sign_in, topic, name, content):
    before = Post.objects.count()
    upload = SimpleUploadedFile(name, content)
    response = sign_in("staff").post(reply_url(topic), post_data(attachment=upload))
    assert response.status_code == 200
    assert "attachment" in response.context["form"].errors
    assert Post.objects.count() == before


def test_oversized_files_are_refused(sign_in, topic, settings):
    upload = SimpleUploadedFile("big.pdf", b"%PDF-" + b"0" * uploads.MAX_BYTES)
    response = sign_in("staff").post(reply_url(topic), post_data(attachment=upload))
    assert "attachment" in response.context["form"].errors

"""Hostile input in forms and query strings: titles stay on one line (they go into
e-mails), and an id that is not one is a form error or a 404, never a 500."""

import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from communities.models import Notification, Topic
from communities.tests.helpers import in_thai, post_data, reply_of, route, topic_data, topic_route
from core.text import one_line

pytestmark = [pytest.mark.django_db]

FORGED_TITLE = (
    "คำถามเรื่องภาษี\r\nSubject: รหัสผ่านหมดอายุ\n\nhttps://evil.example/login\x0b\x0c"
    "\x1b[31m\x7f\u2028Bcc: all@rd.go.th\u2029\u202eเพิ่มเติม\x85จบ"
)


def test_one_line_keeps_thai_and_drops_breaks_and_controls():
    assert one_line(FORGED_TITLE) == (
        "คำถามเรื่องภาษี Subject: รหัสผ่านหมดอายุ https://evil.example/login [31m "
        "Bcc: all@rd.go.th เพิ่มเติม จบ"
    )
    assert one_line("  ภาษี\u200bเงินได้\t\tบุคคล  ") == "ภาษี\u200bเงินได้ บุคคล"


def test_topic_title_is_saved_on_one_line(sign_in, community):
    response = sign_in("staff").post(
        route(community, "new_topic"),
        topic_data(title=FORGED_TITLE, tags="VAT\n, e-\x1bFiling\r\nBcc, VAT"),
    )
    assert response.status_code == 302
    topic = Topic.objects.latest("pk")
    assert topic.title == one_line(FORGED_TITLE)
    assert not any(char in topic.title for char in "\r\n\x0b\x0c\x1b\x7f\u2028\u2029\u202e\x85")
    assert sorted(topic.tags.names()) == ["VAT", "e-Filing Bcc"]


def test_a_title_of_only_breaks_and_controls_is_refused(sign_in, community):
    before = Topic.objects.count()
    response = sign_in("staff").post(
        route(community, "new_topic"), topic_data(title="\r\n\x1b\t\u2028")
    )
    assert response.status_code == 200
    assert response.context["form"].errors["title"] == [in_thai("Give the topic a title.")]
    assert Topic.objects.count() == before


def test_model_clean_puts_the_title_on_one_line(topic):
    topic.title = "บรรทัดหนึ่ง\nบรรทัดสอง"
    topic.full_clean()
    assert topic.title == "บรรทัดหนึ่ง บรรทัดสอง"


def test_a_forged_title_cannot_forge_lines_in_the_digest(
    sign_in, user_for, community, django_capture_on_commit_callbacks
):
    judge = user_for("judge")
    Notification.objects.update(emailed_at="2020-01-01T00:00:00Z")
    sign_in("judge").post(route(community, "follow_community"), {"action": "follow"})
    sign_in("staff").post(route(community, "new_topic"), topic_data(title=FORGED_TITLE))
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_community_digests", stdout=io.StringIO())
    (message,) = [message for message in mail.outbox if message.to == [judge.email]]
    assert one_line(FORGED_TITLE) in message.body
    lines = message.body.splitlines()
    assert not [line for line in lines if line.startswith(("Subject:", "Bcc:", "https://evil"))]
    assert "\n" not in message.subject and "\r" not in message.subject


BAD_IDS = ["99999999999999999999999", "-1", "0", "abc", "1e3", "²", "๓", " 1", "1.0", ""]


@pytest.mark.parametrize("value", BAD_IDS)
def test_move_form_refuses_a_bad_target_in_thai(sign_in, topic, other_community, value):
    response = sign_in("moderator").post(
        topic_route(topic, "moderate_topic"),
        {"action": "move", "community": value},
        follow=True,
    )
    assert response.status_code == 200
    assert in_thai("Choose the community to move the topic to.") in response.content.decode()
    community_id = topic.community_id
    topic.refresh_from_db()
    assert topic.community_id == community_id


@pytest.mark.parametrize("value", BAD_IDS)
def test_marking_a_bad_notification_id_marks_nothing(sign_in, user_for, topic, value):
    judge = user_for("judge")
    Notification.objects.create(
        recipient=judge, actor=user_for("staff"), kind=Notification.MENTION, topic=topic
    )
    response = sign_in(judge).post(reverse("communities:mark_read"), {"notification": value})
    assert response.status_code == 302
    assert Notification.objects.filter(recipient=judge, read_at__isnull=True).exists()


@pytest.mark.parametrize("value", BAD_IDS)
def test_a_bad_quote_id_is_ignored(sign_in, topic, value):
    response = sign_in("staff").get(topic_route(topic, "reply"), {"quote": value})
    assert response.status_code == 200
    assert not response.context["form"].initial.get("body")


@pytest.mark.parametrize("value", ["99999999999999999999999", "-1", "abc", "²", "1e400", ""])
def test_bad_page_numbers_show_a_page(sign_in, community, topic, value):
    client = sign_in("moderator")
    urls = [
        community.url,
        topic_route(topic),
        reverse("communities:notifications"),
        reverse("communities:moderation"),
        reverse("communities:post_history", args=[reply_of(topic).pk]),
    ]
    for url in urls:
        assert client.get(url, {"page": value}).status_code == 200, url


@pytest.mark.parametrize("tag", ["a" * 5000, "บัตรคิว\r\n", "\x1b[31m", "'; DROP TABLE x; --"])
def test_odd_tags_filter_without_error(sign_in, community, tag):
    response = sign_in("staff").get(community.url, {"tag": tag, "filter": tag})
    assert response.status_code == 200
    assert len(response.context["tag"]) <= 100 and "\n" not in response.context["tag"]


HUGE = "99999999999999999999999"


@pytest.mark.parametrize(
    "path",
    [
        f"topics/{HUGE}/",
        f"topics/{HUGE}/reply/",
        f"posts/{HUGE}/edit/",
        f"reports/{HUGE}/resolve/",
        f"c/{HUGE}/",
        f"c/{HUGE}/new/",
        f"c/{HUGE}/feed/",
        f"c/{HUGE}/membership/",
        f"attachments/{HUGE}/",
        "c/-1/",
    ],
)
def test_huge_ids_in_urls_are_a_404(sign_in, path):
    client = sign_in("moderator")
    url = f"/th/communities/{path}"
    response = client.post(url) if path.endswith(("resolve/", "membership/")) else client.get(url)
    assert response.status_code == 404


def test_post_with_an_odd_form_token_is_a_form_error(sign_in, topic):
    before = topic.posts.count()
    response = sign_in("staff").post(topic_route(topic, "reply"), post_data(form_token=HUGE))
    assert response.status_code == 200 and "form_token" in response.context["form"].errors
    assert topic.posts.count() == before

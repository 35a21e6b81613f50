"""Mentions, follows, collapsed notifications and the batched e-mail digest."""

import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from communities import tokens
from communities.models import EmailPreference, Follow, Notification
from communities.tests.helpers import post_data, route, topic_route

pytestmark = [pytest.mark.django_db]


def unread(user):
    return Notification.objects.filter(recipient=user, read_at__isnull=True)


def reply(client, topic, text):
    return client.post(topic_route(topic, "reply"), post_data(text))


def test_mentioned_staff_see_the_notification(sign_in, user_for, second_judge, topic):
    judge = user_for("judge")
    reply(sign_in(second_judge), topic, f"ขอความเห็น @{judge.username} ด้วยครับ")
    note = unread(judge).get(topic=topic)
    assert note.kind == Notification.MENTION and note.actor == second_judge
    page = sign_in("judge").get(reverse("communities:notifications"))
    assert topic.title in page.content.decode() and page.context["unread"] >= 1


def test_citizens_cannot_be_mentioned(sign_in, user_for, topic):
    citizen = user_for("citizen")
    reply(sign_in("judge"), topic, f"ถาม @{citizen.username} หน่อย")
    assert not unread(citizen).exists()


def test_followers_hear_about_replies_but_not_their_own(sign_in, user_for, topic):
    follower = user_for("judge")
    Follow.objects.get_or_create(user=follower, topic=topic, community=None)
    before = unread(follower).filter(topic=topic).count()
    reply(sign_in("judge"), topic, "ตอบเอง")
    assert unread(follower).filter(topic=topic).count() == before
    reply(sign_in("staff"), topic, "ตอบโดยคนอื่น")
    assert unread(follower).filter(topic=topic, kind=Notification.REPLY).exists()


def test_many_replies_make_one_unread_notification(sign_in, user_for, second_judge, topic):
    follower = user_for("judge")
    Notification.objects.filter(recipient=follower).delete()
    Follow.objects.get_or_create(user=follower, topic=topic, community=None)
    for number, client in enumerate([sign_in("staff"), sign_in(second_judge), sign_in("manager")]):
        reply(client, topic, f"ความเห็นที่ {number}")
    note = unread(follower).get(topic=topic, kind=Notification.REPLY)
    assert note.count == 3 and note.actor == user_for("manager")


def test_community_followers_hear_about_new_topics(sign_in, user_for, community):
    sign_in("judge").post(route(community, "follow_community"), {"action": "follow"})
    sign_in("staff").post(
        route(community, "new_topic"),
        {**post_data("รายละเอียด"), "title": "หัวข้อใหม่สำหรับผู้ติดตาม"},
    )
    assert unread(user_for("judge")).filter(topic__title="หัวข้อใหม่สำหรับผู้ติดตาม").exists()


def test_mark_all_read(sign_in, user_for, topic):
    reply(sign_in("staff"), topic, f"@{user_for('judge').username} ดูนี่")
    client = sign_in("judge")
    client.post(reverse("communities:mark_read"))
    assert not unread(user_for("judge")).exists()


def test_notifications_about_hidden_topics_disappear(sign_in, user_for, topic):
    reply(sign_in("staff"), topic, f"@{user_for('judge').username} ดูนี่")
    topic.hidden = True
    topic.save()
    page = sign_in("judge").get(reverse("communities:notifications"))
    assert topic.title not in page.content.decode()


def send_digests(capture):
    """Run the command; its mail goes out when the transaction commits (here, when
    ``capture`` runs the on-commit callbacks)."""
    with capture(execute=True):
        call_command("send_community_digests", stdout=io.StringIO())


def test_digest_sends_one_mail_per_user_with_unsubscribe(
    sign_in, user_for, second_judge, topic, community, django_capture_on_commit_callbacks
):
    judge, citizen = user_for("judge"), user_for("citizen")
    Notification.objects.update(emailed_at=None)
    EmailPreference.objects.filter(user=judge).delete()
    reply(sign_in("staff"), topic, f"@{judge.username} @{citizen.username} เรื่องแรก")
    other = community.topics.exclude(pk=topic.pk).filter(hidden=False).first()
    reply(sign_in(second_judge), other, f"@{judge.username} เรื่องที่สอง")
    mail.outbox.clear()
    send_digests(django_capture_on_commit_callbacks)
    to_judge = [message for message in mail.outbox if message.to == [judge.email]]
    assert len(to_judge) == 1
    message = to_judge[0]
    assert topic.title in message.body and other.title in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    recipients = [tuple(message.to) for message in mail.outbox]
    assert len(recipients) == len(set(recipients))
    assert citizen.email not in {address for to in recipients for address in to}
    mail.outbox.clear()
    send_digests(django_capture_on_commit_callbacks)
    assert mail.outbox == []  # nothing new: no second mail


def test_one_click_unsubscribe_stops_the_digest(
    sign_in, user_for, topic, django_capture_on_commit_callbacks
):
    judge = user_for("judge")
    client = sign_in()
    token = tokens.make(judge, tokens.UNSUBSCRIBE_SALT)
    url = reverse("communities:unsubscribe", args=[token])
    assert client.get(url).status_code == 200
    client.post(url)
    assert not EmailPreference.objects.get(user=judge).digest
    reply(sign_in("staff"), topic, f"@{judge.username} หลังยกเลิก")
    mail.outbox.clear()
    send_digests(django_capture_on_commit_callbacks)
    assert mail.outbox  # the others still get theirs
    assert not [m for m in mail.outbox if m.to == [judge.email]]


def test_forged_unsubscribe_token_is_refused(sign_in):
    assert sign_in().post(reverse("communities:unsubscribe", args=["nope"])).status_code == 404

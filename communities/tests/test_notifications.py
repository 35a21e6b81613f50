"""Mentions, follows, collapsed notifications and the batched e-mail digest."""

import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from communities import tokens
from communities.models import EmailPreference, Follow, Notification
from communities.tests.helpers import post_data
from portal.demo.loader import demo_user

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def unread(username):
    return Notification.objects.filter(recipient__username=username, read_at__isnull=True)


def reply(client, topic, text):
    return client.post(reverse("communities:reply", args=[topic.pk]), post_data(text))


def test_mentioned_staff_see_the_notification(sign_in, topic):
    reply(sign_in("judge1"), topic, "ขอความเห็น @judge3 ด้วยครับ")
    note = unread("judge3").get(topic=topic)
    assert note.kind == Notification.MENTION and note.actor.username == "judge1"
    page = sign_in("judge3").get(reverse("communities:notifications"))
    assert topic.title in page.content.decode() and page.context["unread"] >= 1


def test_citizens_cannot_be_mentioned(sign_in, topic):
    reply(sign_in("judge1"), topic, "ถาม @citizen หน่อย")
    assert not unread("citizen").exists()


def test_followers_hear_about_replies_but_not_their_own(sign_in, topic):
    Follow.objects.get_or_create(user=demo_user("judge2"), topic=topic, community=None)
    before = unread("judge2").filter(topic=topic).count()
    reply(sign_in("judge2"), topic, "ตอบเอง")
    assert unread("judge2").filter(topic=topic).count() == before
    reply(sign_in("judge1"), topic, "ตอบโดยคนอื่น")
    assert unread("judge2").filter(topic=topic, kind=Notification.REPLY).exists()


def test_many_replies_make_one_unread_notification(sign_in, topic):
    Notification.objects.filter(recipient__username="judge2").delete()
    Follow.objects.get_or_create(user=demo_user("judge2"), topic=topic, community=None)
    for number, username in enumerate(["judge1", "judge3", "manager"]):
        reply(sign_in(username), topic, f"ความเห็นที่ {number}")
    note = unread("judge2").get(topic=topic, kind=Notification.REPLY)
    assert note.count == 3 and note.actor.username == "manager"


def test_community_followers_hear_about_new_topics(sign_in, community):
    sign_in("judge3").post(
        reverse("communities:follow_community", args=[community.pk]), {"action": "follow"}
    )
    sign_in("staff").post(
        reverse("communities:new_topic", args=[community.pk]),
        {**post_data("รายละเอียด"), "title": "หัวข้อใหม่สำหรับผู้ติดตาม"},
    )
    assert unread("judge3").filter(topic__title="หัวข้อใหม่สำหรับผู้ติดตาม").exists()


def test_mark_all_read(sign_in, topic):
    reply(sign_in("judge1"), topic, "@judge3 ดูนี่")
    client = sign_in("judge3")
    client.post(reverse("communities:mark_read"))
    assert not unread("judge3").exists()


def test_notifications_about_hidden_topics_disappear(sign_in, topic):
    reply(sign_in("judge1"), topic, "@judge3 ดูนี่")
    topic.hidden = True
    topic.save()
    page = sign_in("judge3").get(reverse("communities:notifications"))
    assert topic.title not in page.content.decode()


def test_digest_sends_one_mail_per_user_with_unsubscribe(sign_in, topic, community):
    Notification.objects.update(emailed_at=None)
    EmailPreference.objects.filter(user__username="judge3").delete()
    reply(sign_in("judge1"), topic, "@judge3 เรื่องแรก")
    other = community.topics.exclude(pk=topic.pk).filter(hidden=False).first()
    reply(sign_in("judge2"), other, "@judge3 เรื่องที่สอง")
    mail.outbox.clear()
    call_command("send_community_digests", stdout=io.StringIO())
    to_judge3 = [message for message in mail.outbox if message.to == ["judge3@region7.example"]]
    assert len(to_judge3) == 1
    message = to_judge3[0]
    assert topic.title in message.body and other.title in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    recipients = [tuple(message.to) for message in mail.outbox]
    assert len(recipients) == len(set(recipients))
    assert "citizen@region7.example" not in {address for to in recipients for address in to}
    mail.outbox.clear()
    call_command("send_community_digests", stdout=io.StringIO())
    assert mail.outbox == []  # nothing new: no second mail


def test_one_click_unsubscribe_stops_the_digest(client, sign_in, topic):
    token = tokens.make(demo_user("judge3"), tokens.UNSUBSCRIBE_SALT)
    url = reverse("communities:unsubscribe", args=[token])
    assert client.get(url).status_code == 200
    client.post(url)
    assert not EmailPreference.objects.get(user__username="judge3").digest
    reply(sign_in("judge1"), topic, "@judge3 หลังยกเลิก")
    mail.outbox.clear()
    call_command("send_community_digests", stdout=io.StringIO())
    assert not [m for m in mail.outbox if m.to == ["judge3@region7.example"]]


def test_forged_unsubscribe_token_is_refused(client):
    assert client.post(reverse("communities:unsubscribe", args=["nope"])).status_code == 404

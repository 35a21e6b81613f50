"""Every community URL for every role: staff get in, outsiders learn nothing."""

import re

import pytest
from django.urls import reverse

from communities.tests.helpers import (
    attachment_on,
    expect_denied,
    feed_token,
    reply_of,
    route,
    topic_route,
)

pytestmark = [pytest.mark.django_db]

ROLES = [None, "citizen", "staff", "moderator", "editor", "judge", "manager", "admin"]
STAFF_ROLES = {"staff", "moderator", "editor", "judge", "manager", "admin"}


def reader_urls(community, topic):
    post = reply_of(topic)
    attachment = attachment_on(post)
    return [
        community.url,
        community.get_parent().url,
        topic_route(topic),
        route(community, "new_topic"),
        topic_route(topic, "reply"),
        reverse("communities:report", args=[post.pk]),
        reverse("communities:notifications"),
        route(community, "feed"),
        reverse("communities:attachment", args=[attachment.pk]),
    ]


@pytest.mark.parametrize("role", ROLES)
def test_staff_read_and_outsiders_never_see_a_title(sign_in, community, topic, role):
    client = sign_in(role)
    for url in reader_urls(community, topic):
        response = client.get(url)
        if role in STAFF_ROLES:
            assert response.status_code == 200, url
        else:
            assert response.status_code in (302, 403), url
            if role is None:
                assert "/accounts/login/" in response["Location"], url
            body = response.content.decode()
            assert topic.title not in body and community.title not in body, url


@pytest.mark.parametrize("role", ROLES)
def test_community_page_is_its_topic_list_for_staff(sign_in, community, topic, role):
    response = sign_in(role).get(community.url)
    if role in STAFF_ROLES:
        assert response.status_code == 200
        assert topic.title in response.content.decode()
    else:
        assert response.status_code == 302
        assert response["Location"].startswith("/th/accounts/login/")
        assert community.title not in response.content.decode()


@pytest.mark.parametrize("role", [None, "citizen"])
def test_outsiders_are_sent_away_from_every_action(sign_in, community, topic, role):
    client = sign_in(role)
    post = reply_of(topic)
    posts = [
        reverse("communities:accept", args=[post.pk]),
        topic_route(topic, "capture"),
        topic_route(topic, "moderate_topic"),
        reverse("communities:moderate_post", args=[post.pk]),
        topic_route(topic, "follow_topic"),
        route(community, "follow_community"),
        route(community, "membership"),
        reverse("communities:mark_read"),
        reverse("communities:email_preference"),
    ]
    gets = [
        reverse("communities:edit_post", args=[post.pk]),
        reverse("communities:post_history", args=[post.pk]),
        reverse("communities:moderation"),
    ]
    for url in posts:
        expect_denied(client.post(url, {"action": "lock"}), role)
    for url in gets:
        expect_denied(client.get(url), role)
    topic.refresh_from_db()
    assert not topic.locked


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        ("moderator", True),
        ("admin", True),
        ("supervisor", True),
        ("staff", False),
        ("judge", False),
    ],
)
def test_moderation_is_for_facilitators(sign_in, community, topic, role, allowed):
    """``supervisor`` facilitates the front-counter community; Moderators everywhere."""
    client = sign_in(role)
    post = reply_of(topic)
    queue = client.get(reverse("communities:moderation"))
    history = client.get(reverse("communities:post_history", args=[post.pk]))
    locked = client.post(topic_route(topic, "moderate_topic"), {"action": "lock"})
    topic.refresh_from_db()
    assert topic.locked is allowed
    assert history.status_code == (200 if allowed else 403)
    assert locked.status_code == (302 if allowed else 403)
    assert queue.status_code == (200 if allowed else 403)


@pytest.mark.parametrize("role", ["staff", "judge", "manager"])
def test_staff_cannot_open_hidden_topics_or_posts(sign_in, topic, role):
    topic.hidden = True
    topic.save()
    client = sign_in(role)
    response = client.get(topic_route(topic))
    assert response.status_code == 404
    assert topic.title not in response.content.decode()


def test_facilitators_still_see_hidden_topics(sign_in, topic):
    topic.hidden = True
    topic.save()
    response = sign_in("supervisor").get(topic_route(topic))
    assert response.status_code == 200


def test_hidden_post_attachments_are_not_served_to_other_staff(sign_in, topic):
    post = reply_of(topic)
    attachment = attachment_on(post)
    post.hidden = True
    post.save()
    url = reverse("communities:attachment", args=[attachment.pk])
    assert sign_in("judge").get(url).status_code == 404
    assert sign_in("moderator").get(url).status_code == 200


def test_attachment_is_served_privately_with_its_type(sign_in, topic):
    attachment = attachment_on(reply_of(topic))
    response = sign_in("staff").get(reverse("communities:attachment", args=[attachment.pk]))
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"]
    assert b"".join(response.streaming_content) == b"%PDF-1.4 test"


@pytest.mark.parametrize(("role", "status"), [("staff", 200), ("citizen", 404), ("editor", 200)])
def test_feed_token_url_works_only_for_staff(sign_in, user_for, community, topic, role, status):
    url = route(community, "feed_token", feed_token(user_for(role)))
    response = sign_in().get(url)
    assert response.status_code == status
    if status == 200:
        assert response["Content-Type"].startswith("application/atom+xml")
        assert topic.title in response.content.decode()


def test_forged_feed_token_is_refused(client, community):
    url = route(community, "feed_token", "forged-token")
    assert client.get(url).status_code == 404


def test_feed_leaves_out_hidden_posts(sign_in, community, topic):
    post = reply_of(topic)
    post.hidden = True
    post.save()
    body = sign_in("staff").get(route(community, "feed")).content
    assert not re.search(rf"#post-{post.pk}\b", body.decode())

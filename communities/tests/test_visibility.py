"""A community whose page is restricted (Wagtail page privacy) or unpublished is
absent for everyone it does not let in, on every surface: its home, topics, forms,
attachments, feeds, search, notifications, listings and the moderation tools. They
get the same 404 as for an object that does not exist."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import PageViewRestriction
from wagtail.search import index

from communities.models import Follow, Membership, Notification, Report, Topic
from communities.tests.helpers import (
    attachment_on,
    feed_token,
    post_data,
    reply_of,
    route,
    topic_data,
    topic_route,
)
from portal.factories import user_with_role

pytestmark = [pytest.mark.django_db]

SEARCH = "/th/search/"
MISSING = 999_999_999


@pytest.fixture
def team(db):
    return Group.objects.create(name="ทีมงานหน้าเคาน์เตอร์")


@pytest.fixture
def insider(team):
    """Staff in the group the community is restricted to."""
    user = user_with_role("staff")
    user.groups.add(team)
    return user


@pytest.fixture
def restricted(community, english_community, team):
    """The front-counter community (both languages) restricted to ``team``."""
    for page in (community, english_community):
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.set([team])
    return community


@pytest.fixture
def unpublished(community, english_community):
    community.unpublish()
    english_community.unpublish()
    return community


def _urls(community, topic):
    """GET URLs of the community's objects, each with the URL of a missing one."""
    post = reply_of(topic)
    attachment = attachment_on(post)
    missing = f"{community.get_parent().url}no-such-community/"
    return [
        (community.url, missing),
        (topic_route(topic), route(community, "topic", MISSING)),
        (topic_route(topic, "reply"), route(community, "reply", MISSING)),
        (route(community, "new_topic"), f"{missing}new/"),
        (
            reverse("communities:attachment", args=[attachment.pk]),
            reverse("communities:attachment", args=[MISSING]),
        ),
        (route(community, "feed"), f"{missing}feed/"),
        (
            reverse("communities:report", args=[post.pk]),
            reverse("communities:report", args=[MISSING]),
        ),
        (
            reverse("communities:edit_post", args=[post.pk]),
            reverse("communities:edit_post", args=[MISSING]),
        ),
    ]


def _refused_like_missing(client, community, topic):
    for url, missing in _urls(community, topic):
        response = client.get(url)
        assert response.status_code == client.get(missing).status_code == 404, url
        body = response.content.decode()
        assert topic.title not in body and community.title not in body, url


@pytest.mark.parametrize("role", ["staff", "judge", "moderator", "supervisor"])
def test_staff_outside_the_group_get_a_404_everywhere(sign_in, restricted, topic, role):
    """Even a site moderator, or the community's facilitator (``supervisor``), once
    the page shuts them out."""
    _refused_like_missing(sign_in(role), restricted, topic)


def test_unpublished_community_is_a_404_everywhere(sign_in, unpublished, topic, insider):
    for who in ("staff", "moderator", insider):
        _refused_like_missing(sign_in(who), unpublished, topic)


def test_staff_in_the_group_and_superusers_get_in(sign_in, restricted, topic, insider):
    """(Editing someone else's post stays refused for an insider: a 403, not a 404.)"""
    for who in (insider, "admin"):
        client = sign_in(who)
        for url, _missing in _urls(restricted, topic):
            expected = 403 if who is insider and "/edit/" in url else 200
            assert client.get(url).status_code == expected, url
        page = client.get(topic_route(topic))
        assert topic.title in page.content.decode()


def test_english_page_of_a_restricted_community_is_refused_too(
    sign_in, restricted, english_community, insider
):
    assert sign_in("staff").get(english_community.url).status_code == 404
    assert sign_in(insider).get(english_community.url).status_code == 200


def test_outsiders_cannot_post_into_it(sign_in, restricted, topic):
    client = sign_in("staff")
    topics, posts = Topic.objects.count(), topic.posts.count()
    new = client.post(route(restricted, "new_topic"), topic_data())
    reply = client.post(topic_route(topic, "reply"), post_data())
    assert new.status_code == reply.status_code == 404
    assert Topic.objects.count() == topics and topic.posts.count() == posts


def test_insiders_post_into_it(sign_in, restricted, topic, insider):
    client = sign_in(insider)
    new = client.post(route(restricted, "new_topic"), topic_data())
    reply = client.post(topic_route(topic, "reply"), post_data("ตอบในกลุ่ม"))
    assert new.status_code == reply.status_code == 302
    assert topic.posts.filter(body_source="ตอบในกลุ่ม").exists()


def test_outsiders_cannot_join_follow_or_act_on_it(sign_in, user_for, restricted, topic):
    client = sign_in("staff")
    staff = user_for("staff")
    post = reply_of(topic)
    actions = [
        (route(restricted, "membership"), {"action": "join"}),
        (route(restricted, "follow_community"), {"action": "follow"}),
        (topic_route(topic, "follow_topic"), {"action": "follow"}),
        (reverse("communities:report", args=[post.pk]), {"reason": "spam"}),
        (reverse("communities:accept", args=[post.pk]), {}),
    ]
    for url, data in actions:
        assert client.post(url, data).status_code == 404, url
    assert not Membership.objects.filter(user=staff, community=restricted).exists()
    assert not Follow.objects.filter(user=staff, topic=topic).exists()
    moderator = sign_in("moderator")
    for action in ("lock", "hide_topic"):
        url = topic_route(topic, "moderate_topic")
        assert moderator.post(url, {"action": action}).status_code == 404
    topic.refresh_from_db()
    assert not (topic.locked or topic.hidden)


def test_personal_feed_shows_it_only_to_insiders(sign_in, user_for, restricted, insider, topic):
    anonymous = sign_in()
    outsider_url = route(restricted, "feed_token", feed_token(user_for("staff")))
    insider_url = route(restricted, "feed_token", feed_token(insider))
    refused = anonymous.get(outsider_url)
    assert refused.status_code == 404 and topic.title not in refused.content.decode()
    allowed = anonymous.get(insider_url)
    assert allowed.status_code == 200 and topic.title in allowed.content.decode()


def test_personal_feed_of_an_unpublished_community_is_a_404(sign_in, unpublished, insider):
    url = route(unpublished, "feed_token", feed_token(insider))
    assert sign_in().get(url).status_code == 404


@pytest.fixture
def indexed(cop, restricted):
    """The search index holds the community's topics."""
    for topic in Topic.objects.filter(community=restricted):
        index.insert_or_update_object(topic)
    return restricted


def _search(client, query, **params):
    return client.get(SEARCH, {"q": query, **params})


def test_search_leaves_its_topics_out_for_outsiders(sign_in, indexed, topic, insider):
    query = "บัตรคิว"
    url = topic_route(topic)
    for params in ({}, {"type": "communities-topic"}):
        outsider = _search(sign_in("staff"), query, **params).content.decode()
        assert topic.title not in outsider and url not in outsider
        assert topic.title in _search(sign_in(insider), query, **params).content.decode()
    for who, shown in (("staff", False), (insider, True)):
        suggestions = sign_in(who).get("/th/search/suggest/", {"q": "เครื่องกด"}).json()
        assert (url in [row["url"] for row in suggestions["suggestions"]]) is shown


def test_search_leaves_out_topics_of_an_unpublished_community(sign_in, cop, unpublished, insider):
    topic = Topic.objects.get(pk=cop.topic.pk)
    index.insert_or_update_object(topic)
    body = _search(sign_in(insider), "บัตรคิว", type="communities-topic").content.decode()
    assert topic.title not in body


def test_listings_notifications_and_digests_leave_it_out(
    sign_in, user_for, restricted, topic, other_community, django_capture_on_commit_callbacks
):
    outsider = user_for("judge")
    Notification.objects.filter(recipient=outsider).delete()
    Notification.objects.create(
        recipient=outsider, actor=user_for("staff"), kind=Notification.MENTION, topic=topic
    )
    client = sign_in(outsider)
    index_page = client.get(restricted.get_parent().url).content.decode()
    assert restricted.title not in index_page and other_community.title in index_page
    notes = client.get(reverse("communities:notifications"))
    assert topic.title not in notes.content.decode() and notes.context["unread"] == 0
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_community_digests", stdout=io.StringIO())
    assert not [message for message in mail.outbox if outsider.email in message.to]


def test_move_targets_and_queue_leave_it_out(sign_in, user_for, restricted, topic, other_community):
    """A moderator outside the group neither sees the community as a move target nor
    moves a topic into it, nor sees its reports."""
    other_topic = Topic.objects.filter(community=other_community).first()
    moderator = sign_in("moderator")
    page = moderator.get(topic_route(other_topic))
    assert restricted not in list(page.context["move_targets"])
    moderator.post(
        topic_route(other_topic, "moderate_topic"),
        {"action": "move", "community": restricted.pk},
    )
    other_topic.refresh_from_db()
    assert other_topic.community == other_community
    restricted_post = reply_of(topic)
    Report.objects.create(post=restricted_post, reporter=user_for("judge"), reason="spam")
    queue = moderator.get(reverse("communities:moderation"))
    assert restricted_post not in [found.post for found in queue.context["reports"]]

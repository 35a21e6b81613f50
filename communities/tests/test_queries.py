"""List and detail views keep a constant number of queries however much there is."""

import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from communities.factories import CommunityPageFactory
from communities.models import Notification, Post, Topic
from communities.tests.helpers import topic_route
from portal.factories import user_with_role

pytestmark = [pytest.mark.django_db]

TOPIC_QUERIES = 40
LIST_QUERIES = 40


def _replies(topic, count):
    authors = [user_with_role(role) for role in ("staff", "judge", "judge", "judge")]
    Post.objects.bulk_create(
        Post(
            topic=topic,
            author=authors[number % len(authors)],
            body_source=f"คำตอบที่ {number}",
            body_html=f"<p>คำตอบที่ {number}</p>",
            form_token=uuid.uuid4(),
        )
        for number in range(count)
    )
    topic.refresh_counts()


@pytest.fixture
def big_community(community, user_for):
    page = CommunityPageFactory(parent=community.get_parent(), title="ชุมชนขนาดใหญ่")
    author = user_for("staff")
    now = timezone.now()
    Topic.objects.bulk_create(
        Topic(community=page, author=author, title=f"หัวข้อ {n}", last_activity_at=now)
        for n in range(1000)
    )
    for topic in Topic.objects.filter(community=page)[:30]:
        topic.tags.add("บัตรคิว", "SMILE")
    return page


def test_topic_page_with_200_replies(sign_in, topic, django_assert_max_num_queries):
    _replies(topic, 200)
    client = sign_in("moderator")
    url = topic_route(topic)
    client.get(url)  # the first request walks the page tree to the route
    for page in (1, 5, 9):
        with django_assert_max_num_queries(TOPIC_QUERIES):
            response = client.get(url, {"page": page})
        assert response.status_code == 200
    assert response.context["page_obj"].paginator.num_pages == 9


def test_topic_page_count_does_not_grow_with_replies(sign_in, topic, django_assert_num_queries):
    client = sign_in("staff")
    url = topic_route(topic)
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    expected = len(few)  # read now: the next request clears Django's query log
    _replies(topic, 60)
    client.get(url)  # the bell counts again once after topics change
    with django_assert_num_queries(expected):
        client.get(url, {"page": 2})


def test_community_page_with_1000_topics(sign_in, big_community, django_assert_max_num_queries):
    client = sign_in("staff")
    client.get(big_community.url)
    for params in ({}, {"page": 40}, {"filter": "unsolved"}, {"tag": "บัตรคิว"}):
        with django_assert_max_num_queries(LIST_QUERIES):
            response = client.get(big_community.url, params)
        assert response.status_code == 200
        assert len(response.context["topics"]) == 25 or params.get("tag")
    assert response.context["page_obj"].paginator.count == 30


def test_notifications_and_queue(sign_in, user_for, big_community, django_assert_max_num_queries):
    judge = user_for("judge")
    actor = user_for("staff")
    Notification.objects.bulk_create(
        Notification(recipient=judge, actor=actor, kind=Notification.REPLY, topic=topic)
        for topic in Topic.objects.filter(community=big_community)[:100]
    )
    client = sign_in("judge")
    with django_assert_max_num_queries(LIST_QUERIES):
        response = client.get(reverse("communities:notifications"), {"page": 2})
    assert len(response.context["notifications"]) == 20
    with django_assert_max_num_queries(LIST_QUERIES):
        assert sign_in("moderator").get(reverse("communities:moderation")).status_code == 200

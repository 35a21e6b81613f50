"""The header bell's count is kept per reader and follows every change it counts."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import PageViewRestriction

from communities.models import Membership, Notification
from communities.tests.helpers import post_data, topic_route

pytestmark = [pytest.mark.django_db]


def bell(client, url="/th/"):
    """The count the header's bell shows on ``url``, or None without a bell."""
    found = re.search(r'data-unread="(\d+)"', client.get(url).content.decode())
    return int(found[1]) if found else None


def mention(client, topic, user):
    client.post(topic_route(topic, "reply"), post_data(f"@{user.username} ดูหัวข้อนี้"))


@pytest.fixture
def judge(user_for):
    return user_for("judge")


def test_a_new_mention_rings_at_once_and_reading_clears_it(sign_in, judge, topic):
    reader = sign_in(judge)
    before = bell(reader)
    mention(sign_in("staff"), topic, judge)
    assert bell(reader) == before + 1
    reader.post(reverse("communities:mark_read"))
    assert bell(reader) == 0


def test_a_kept_count_is_not_counted_again(sign_in, judge, topic):
    mention(sign_in("staff"), topic, judge)
    reader = sign_in(judge)
    assert bell(reader) >= 1
    with CaptureQueriesContext(connection) as queries:
        assert bell(reader) >= 1
    assert not [q for q in queries if "communities_notification" in q["sql"]]


def test_hiding_the_topic_takes_it_out_of_the_count(sign_in, judge, topic):
    Notification.objects.filter(recipient=judge).delete()
    mention(sign_in("staff"), topic, judge)
    reader = sign_in(judge)
    assert bell(reader) == 1
    topic.hidden = True
    topic.save()
    assert bell(reader) == 0
    Membership.objects.create(user=judge, community=topic.community, role=Membership.FACILITATOR)
    assert bell(reader) == 1  # facilitators still see hidden topics


def test_a_community_closed_to_the_reader_leaves_the_count(sign_in, judge, topic):
    Notification.objects.filter(recipient=judge).delete()
    mention(sign_in("staff"), topic, judge)
    reader = sign_in(judge)
    assert bell(reader) == 1
    restriction = PageViewRestriction.objects.create(
        page=topic.community, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.create(name="ทีมเฉพาะกิจ"))
    assert bell(reader) == 0


def test_losing_staff_access_removes_the_bell(sign_in, judge, topic):
    mention(sign_in("staff"), topic, judge)
    reader = sign_in(judge)
    assert bell(reader) >= 1
    judge.groups.clear()
    assert bell(reader) is None


def test_a_culled_stamp_makes_the_count_again(sign_in, judge, topic):
    Notification.objects.filter(recipient=judge).delete()
    reader = sign_in(judge)
    assert bell(reader) == 0
    cache.delete(f"communities:bell:user:{judge.pk}")  # as a full cache culls
    Notification.objects.bulk_create(
        [Notification(recipient=judge, actor=topic.author, topic=topic, kind=Notification.MENTION)]
    )
    assert bell(reader) == 1

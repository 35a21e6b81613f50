"""Personal feed and unsubscribe links expire, can be reset by their owner, and stop
working for someone who is no longer active staff; a dead link says so (404)."""

import re
import time
from datetime import timedelta
from unittest import mock

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from communities import tokens
from communities.models import EmailPreference
from communities.tests.helpers import feed_token, in_thai, route
from core.access import STAFF

pytestmark = [pytest.mark.django_db]

DEAD_LINK = "This link no longer works"


def made_ago(age, user, salt=tokens.FEED_SALT):
    """A token for ``user`` as if made ``age`` (a timedelta) ago."""
    then = time.time() - age.total_seconds()
    with mock.patch("django.core.signing.time.time", return_value=then):
        return tokens.make(user, salt)


def feed_url(community, token):
    return route(community, "feed_token", token)


def unsubscribe_url(token):
    return reverse("communities:unsubscribe", args=[token])


def assert_dead(response):
    assert response.status_code == 404
    assert in_thai(DEAD_LINK) in response.content.decode()


def test_feed_link_works_until_it_is_180_days_old(sign_in, user_for, community, topic):
    staff = user_for("staff")
    client = sign_in()
    fresh = client.get(feed_url(community, made_ago(timedelta(days=179), staff)))
    assert fresh.status_code == 200 and topic.title in fresh.content.decode()
    old = client.get(feed_url(community, made_ago(timedelta(days=181), staff)))
    assert_dead(old)
    assert topic.title not in old.content.decode()


def test_community_page_always_shows_a_fresh_feed_link(sign_in, user_for, community):
    page = sign_in("staff").get(community.url)
    token = page.context["feed_token"]
    assert feed_url(community, token) in page.content.decode()
    assert tokens.user_for(token, tokens.FEED_SALT) == user_for("staff")
    _pk, _version = tokens.signing.loads(
        token, salt=tokens.FEED_SALT, max_age=timedelta(minutes=1)
    )  # made just now


def test_unsubscribe_link_expires(sign_in, user_for):
    judge = user_for("judge")
    client = sign_in()
    assert_dead(
        client.post(unsubscribe_url(made_ago(timedelta(days=181), judge, tokens.UNSUBSCRIBE_SALT)))
    )
    assert not EmailPreference.objects.filter(user=judge, digest=False).exists()
    recent = made_ago(timedelta(days=100), judge, tokens.UNSUBSCRIBE_SALT)
    assert client.post(unsubscribe_url(recent)).status_code == 200
    assert not EmailPreference.objects.get(user=judge).digest


def _csrf(client, url):
    html = client.get(url).content.decode()
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


def test_reset_revokes_every_link_at_once(sign_in, user_for, community, topic):
    staff = user_for("staff")
    old_feed = feed_token(staff)
    old_unsubscribe = tokens.make(staff, tokens.UNSUBSCRIBE_SALT)
    client = sign_in("staff", enforce_csrf_checks=True)
    reset = reverse("communities:reset_links")
    assert client.post(reset).status_code == 403  # no CSRF token: refused
    assert sign_in().get(feed_url(community, old_feed)).status_code == 200
    response = client.post(
        reset,
        {"csrfmiddlewaretoken": _csrf(client, community.url), "next": community.url},
    )
    assert response.status_code == 302 and response["Location"] == community.url
    assert_dead(sign_in().get(feed_url(community, old_feed)))
    assert_dead(sign_in().post(unsubscribe_url(old_unsubscribe)))
    new = client.get(community.url).context["feed_token"]
    assert new != old_feed
    assert sign_in().get(feed_url(community, new)).status_code == 200


def test_reset_is_per_user(sign_in, user_for, community):
    judge_token = feed_token(user_for("judge"))
    sign_in("staff").post(reverse("communities:reset_links"))
    assert sign_in().get(feed_url(community, judge_token)).status_code == 200


def test_reset_button_is_on_the_community_and_notifications_pages(sign_in, community):
    client = sign_in("staff")
    action = f'action="{reverse("communities:reset_links")}"'
    assert action in client.get(community.url).content.decode()
    assert action in client.get(reverse("communities:notifications")).content.decode()


def test_feed_link_stops_when_the_user_leaves_staff(sign_in, user_for, community):
    staff = user_for("staff")
    url = feed_url(community, feed_token(staff))
    assert sign_in().get(url).status_code == 200
    staff.groups.remove(Group.objects.get(name=STAFF))
    assert_dead(sign_in().get(url))


def test_feed_and_unsubscribe_links_stop_when_the_account_is_disabled(sign_in, user_for, community):
    staff = user_for("staff")
    feed = feed_url(community, feed_token(staff))
    unsubscribe = unsubscribe_url(tokens.make(staff, tokens.UNSUBSCRIBE_SALT))
    staff.is_active = False
    staff.save()
    assert_dead(sign_in().get(feed))
    assert_dead(sign_in().get(unsubscribe))


@pytest.mark.parametrize(
    "token",
    ["forged", "a:b:c", "x" * 5000, tokens.signing.dumps(7, salt=tokens.FEED_SALT), "%00"],
    # Fixed ids: the signed token has a timestamp, and parallel workers must collect
    # the same test names.
    ids=["forged", "three-parts", "huge", "signed-without-version", "nul"],
)
def test_malformed_tokens_are_a_404_never_a_500(sign_in, community, token):
    assert_dead(sign_in().get(feed_url(community, token)))
    assert_dead(sign_in().get(unsubscribe_url(token)))


def test_a_feed_token_is_not_an_unsubscribe_token(sign_in, user_for):
    judge = user_for("judge")
    assert_dead(sign_in().post(unsubscribe_url(feed_token(judge))))
    assert not EmailPreference.objects.filter(user=judge, digest=False).exists()

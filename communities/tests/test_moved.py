"""Addresses from before the community pages served their topics (in sent digests,
feed readers and bookmarks) move permanently to the page's routes, for those who may
see the community; and a topic lives under its own community only."""

import pytest

from communities.tests.helpers import feed_token, post_data, route, topic_route

pytestmark = [pytest.mark.django_db]

MISSING = 999_999_999


def test_old_community_addresses_move_to_the_page(sign_in, community, english_community):
    client = sign_in("staff")
    moves = [
        (f"/th/communities/c/{community.pk}/", community.url),
        (f"/th/communities/c/{community.pk}/?page=2", f"{community.url}?page=2"),
        (f"/th/communities/c/{community.pk}/new/", route(community, "new_topic")),
        (f"/en/communities/c/{english_community.pk}/feed/", route(english_community, "feed")),
    ]
    for old, new in moves:
        response = client.get(old)
        assert (response.status_code, response["Location"]) == (301, new), old


def test_old_topic_addresses_move_under_its_community(sign_in, topic, english_community):
    client = sign_in("staff")
    response = client.get(f"/th/communities/topics/{topic.pk}/reply/")
    assert (response.status_code, response["Location"]) == (301, topic_route(topic, "reply"))
    response = client.get(f"/en/communities/topics/{topic.pk}/")
    assert response["Location"] == route(english_community, "topic", topic.pk)


def test_an_old_personal_feed_link_moves_without_a_session(sign_in, user_for, community):
    token = feed_token(user_for("staff"))
    response = sign_in().get(f"/th/communities/c/{community.pk}/feed/{token}/")
    assert response.status_code == 301
    assert response["Location"] == route(community, "feed_token", token)
    assert sign_in().get(response["Location"]).status_code == 200
    assert sign_in().get(f"/th/communities/c/{community.pk}/feed/forged/").status_code == 404


def test_old_addresses_are_a_404_for_those_the_community_shuts_out(
    sign_in, community, english_community, topic
):
    community.unpublish()
    english_community.unpublish()
    client = sign_in("staff")
    for path in (
        f"c/{community.pk}/",
        f"topics/{topic.pk}/",
        f"c/{MISSING}/",
        f"topics/{MISSING}/",
    ):
        assert client.get(f"/th/communities/{path}").status_code == 404, path
    anonymous = sign_in().get(f"/th/communities/topics/{topic.pk}/")
    assert anonymous["Location"].startswith("/th/accounts/login/")


def test_a_topic_lives_under_its_own_community(sign_in, topic, other_community):
    client = sign_in("staff")
    response = client.get(route(other_community, "topic", topic.pk))
    assert (response.status_code, response["Location"]) == (302, topic_route(topic))
    replies = topic.posts.count()
    assert client.post(route(other_community, "reply", topic.pk), post_data()).status_code == 404
    assert topic.posts.count() == replies

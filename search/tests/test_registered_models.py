"""Non-page models on the search page: community topics for staff only, solved first."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from communities.models import Topic
from search.registry import searchable_models

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

SEARCH = "/th/search/"
TOPIC_TYPE = "communities-topic"
QUERY = "บัตรคิว"


def as_user(client, username):
    if username:
        client.force_login(get_user_model().objects.get(username=username))
    return client


def test_communities_register_topics():
    assert TOPIC_TYPE in searchable_models()


@pytest.mark.parametrize("username", ["staff", "moderator", "judge1"])
def test_staff_find_topics_beside_the_pages(client, username):
    response = as_user(client, username).get(SEARCH, {"q": QUERY})
    extras = {extra["key"]: extra for extra in response.context["extras"]}
    assert extras[TOPIC_TYPE]["count"] > 0
    titles = [row["title"] for row in extras[TOPIC_TYPE]["results"]]
    assert any(QUERY in title for title in titles)


@pytest.mark.parametrize("username", [None, "citizen"])
def test_outsiders_never_see_topics_counts_or_the_filter(client, username):
    client = as_user(client, username)
    topic_titles = set(Topic.objects.values_list("title", flat=True))
    for params in ({"q": QUERY}, {"q": QUERY, "type": TOPIC_TYPE}, {"q": QUERY, "lang": "all"}):
        response = client.get(SEARCH, params)
        body = response.content.decode()
        assert not response.context["extras"]
        assert not [title for title in topic_titles if title in body]
        assert "/communities/topics/" not in body
        assert f'value="{TOPIC_TYPE}"' not in body  # no such filter option
    suggestions = client.get("/th/search/suggest/", {"q": "บัตร"}).json()["suggestions"]
    assert not [s for s in suggestions if "/communities/" in s["url"]]


def test_solved_topics_rank_above_unsolved_and_paginate(client):
    client = as_user(client, "staff")
    first = client.get(SEARCH, {"q": QUERY, "type": TOPIC_TYPE})
    count = first.context["count"]
    rows = list(first.context["results"])
    page = 2
    while len(rows) < count:
        rows += client.get(SEARCH, {"q": QUERY, "type": TOPIC_TYPE, "page": page}).context[
            "results"
        ]
        page += 1
    solved = [str(row["type"]) for row in rows]
    assert len(rows) == count > 1
    assert len({row["url"] for row in rows}) == count  # no repeats across pages
    first_unsolved = solved.index(solved[-1]) if solved[0] != solved[-1] else len(solved)
    assert len(set(solved[:first_unsolved])) == 1 and len(set(solved[first_unsolved:])) <= 1
    by_url = {f"/th/communities/topics/{topic.pk}/": topic for topic in Topic.objects.all()}
    flags = [by_url[row["url"]].solved for row in rows]
    assert flags == sorted(flags, reverse=True) and flags[0] and not flags[-1]


def test_hidden_topics_are_not_found(client):
    topic = Topic.objects.filter(title__contains=QUERY).first()
    topic.hidden = True
    topic.save()
    response = as_user(client, "moderator").get(SEARCH, {"q": QUERY, "type": TOPIC_TYPE})
    assert topic.title not in [row["title"] for row in response.context["results"]]


def test_topic_search_query_count(client, django_assert_max_num_queries):
    client = as_user(client, "staff")
    with django_assert_max_num_queries(40):
        client.get(SEARCH, {"q": QUERY})
    with django_assert_max_num_queries(40):
        client.get(SEARCH, {"q": QUERY, "type": TOPIC_TYPE, "page": 2})


def test_update_index_indexes_topics_with_their_posts(client):
    topic = Topic.objects.filter(hidden=False).order_by("pk").first()
    topic.posts.filter(is_opening=True).update(body_source="คำเฉพาะสำหรับทดสอบดัชนี")
    call_command("update_index", stdout=io.StringIO(), stderr=io.StringIO())
    response = as_user(client, "staff").get(SEARCH, {"q": "คำเฉพาะสำหรับทดสอบดัชนี"})
    extras = {extra["key"]: extra for extra in response.context["extras"]}
    assert [row["title"] for row in extras[TOPIC_TYPE]["results"]] == [topic.title]

"""Non-page models on the search page: community topics for staff only, solved first."""

import io

import pytest
from django.core.management import call_command

from communities.factories import (
    CommunityIndexPageFactory,
    CommunityPageFactory,
    PostFactory,
    TopicFactory,
)
from communities.links import topic_url
from communities.models import Topic
from search.registry import searchable_models

pytestmark = [pytest.mark.django_db]

SEARCH = "/th/search/"
TOPIC_TYPE = "communities-topic"
QUERY = "บัตรคิว"
SOLVED, UNSOLVED = 4, 8  # more than one page of results (10 a page)


@pytest.fixture(scope="module", autouse=True)
def topics(module_site):
    """A community on the intranet with solved and unsolved topics about QUERY (each
    with a reply; a solved one's reply is accepted) and one topic about something else;
    then the search index is rebuilt."""
    index = CommunityIndexPageFactory(parent=module_site.intranet)
    community = CommunityPageFactory(parent=index)
    made = []
    for number in range(SOLVED + UNSOLVED):
        topic = TopicFactory(
            community=community,
            title=f"เครื่องกด{QUERY}ค้างที่สาขา {number}",
            opening=f"เครื่องออก{QUERY}ไม่ทำงานตอนเช้า ครั้งที่ {number}",
        )
        reply = PostFactory(topic=topic, body_source="ลองปิดเปิดเครื่องใหม่")
        if number % 3 == 0:  # solved ones among the unsolved, by pk
            topic.accepted_post = reply
            topic.save()
        made.append(topic)
    TopicFactory(community=community, title="ขอแบบฟอร์มคำร้องฉบับล่าสุด", opening="ใครมีบ้าง")
    call_command("update_index", stdout=io.StringIO(), stderr=io.StringIO())
    assert sum(topic.solved for topic in made) == SOLVED
    return made


def test_communities_register_topics():
    assert TOPIC_TYPE in searchable_models()


@pytest.mark.parametrize("role", ["staff", "moderator", "judge"])
def test_staff_find_topics_beside_the_pages(sign_in, role):
    response = sign_in(role).get(SEARCH, {"q": QUERY})
    extras = {extra["key"]: extra for extra in response.context["extras"]}
    assert extras[TOPIC_TYPE]["count"] > 0
    titles = [row["title"] for row in extras[TOPIC_TYPE]["results"]]
    assert any(QUERY in title for title in titles)


def topic_urls():
    return {topic_url(topic) for topic in Topic.objects.select_related("community")}


@pytest.mark.parametrize("role", [None, "citizen"])
def test_outsiders_never_see_topics_counts_or_the_filter(sign_in, role):
    client = sign_in(role)
    topic_titles = set(Topic.objects.values_list("title", flat=True))
    assert topic_titles
    for params in ({"q": QUERY}, {"q": QUERY, "type": TOPIC_TYPE}, {"q": QUERY, "lang": "all"}):
        response = client.get(SEARCH, params)
        body = response.content.decode()
        assert not response.context["extras"]
        assert not [title for title in topic_titles if title in body]
        assert not [url for url in topic_urls() if url in body]
        assert f'value="{TOPIC_TYPE}"' not in body  # no such filter option
    suggestions = client.get("/th/search/suggest/", {"q": "บัตร"}).json()["suggestions"]
    assert not [s for s in suggestions if "/communities/" in s["url"]]


def test_solved_topics_rank_above_unsolved_and_paginate(sign_in):
    client = sign_in("staff")
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
    assert len(rows) == count == SOLVED + UNSOLVED > 10
    assert len({row["url"] for row in rows}) == count  # no repeats across pages
    first_unsolved = solved.index(solved[-1]) if solved[0] != solved[-1] else len(solved)
    assert len(set(solved[:first_unsolved])) == 1 and len(set(solved[first_unsolved:])) <= 1
    by_url = {topic_url(topic): topic for topic in Topic.objects.select_related("community")}
    flags = [by_url[row["url"]].solved for row in rows]
    assert flags == sorted(flags, reverse=True) and flags[0] and not flags[-1]


def test_hidden_topics_are_not_found(sign_in):
    topic = Topic.objects.filter(title__contains=QUERY).first()
    topic.hidden = True
    topic.save()
    response = sign_in("moderator").get(SEARCH, {"q": QUERY, "type": TOPIC_TYPE})
    assert topic.title not in [row["title"] for row in response.context["results"]]


def test_topic_search_query_count(sign_in, django_assert_max_num_queries):
    client = sign_in("staff")
    client.get(SEARCH, {"q": "ภาษี"})  # reads the vocabulary and the synonyms once
    with django_assert_max_num_queries(40):
        client.get(SEARCH, {"q": QUERY})
    with django_assert_max_num_queries(40):
        client.get(SEARCH, {"q": QUERY, "type": TOPIC_TYPE, "page": 2})


def test_update_index_indexes_topics_with_their_posts(sign_in):
    topic = Topic.objects.filter(hidden=False).order_by("pk").first()
    topic.posts.filter(is_opening=True).update(body_source="คำเฉพาะสำหรับทดสอบดัชนี")
    call_command("update_index", stdout=io.StringIO(), stderr=io.StringIO())
    response = sign_in("staff").get(SEARCH, {"q": "คำเฉพาะสำหรับทดสอบดัชนี"})
    extras = {extra["key"]: extra for extra in response.context["extras"]}
    assert [row["title"] for row in extras[TOPIC_TYPE]["results"]] == [topic.title]


def test_topics_are_found_in_the_database_while_the_engine_is_down(sign_in, engine_down, caplog):
    client = sign_in("staff")
    with caplog.at_level("WARNING", logger="kmsite.search"):
        everything = client.get(SEARCH, {"q": QUERY})
        filtered = client.get(SEARCH, {"q": QUERY, "type": TOPIC_TYPE})
        typed = client.get("/th/search/suggest/", {"q": QUERY})
    extras = {extra["key"]: extra for extra in everything.context["extras"]}
    assert extras[TOPIC_TYPE]["count"] == SOLVED + UNSOLVED
    assert filtered.context["fell_back"] and filtered.context["count"] == SOLVED + UNSOLVED
    assert any(QUERY in row["title"] for row in typed.json()["suggestions"])
    events = [getattr(record, "event", "") for record in caplog.records]
    assert events.count("search.fallback") == 3  # one per request

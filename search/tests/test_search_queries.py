"""The search page's queries do not grow with the number of hits."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.factories import StandardPageFactory
from search.tests.helpers import SEARCH, results_of

pytestmark = [pytest.mark.django_db]


def _queries_for(client, pages, hits, already=0):
    for number in range(hits - 1 - already):  # the visit guide is one hit
        StandardPageFactory(
            parent=pages.services,
            title=f"คู่มือบัตรคิวชุด {hits} ฉบับที่ {number}",
            slug=f"q-{hits}-{number}",
        )
    client.get(SEARCH, {"q": "บัตรคิว"})  # reads the vocabulary and the synonyms once
    with CaptureQueriesContext(connection) as captured:
        response = client.get(SEARCH, {"q": "บัตรคิว"})
    assert response.context["count"] == hits
    assert len(results_of(response)) == min(hits, 10)
    assert all(result["snippet"] for result in results_of(response))
    return len(captured)


def test_the_queries_do_not_grow_with_the_hits(client, pages):
    ten = _queries_for(client, pages, 10)  # one page: counted with its rows
    eleven = _queries_for(client, pages, 11, already=9)
    thirty = _queries_for(client, pages, 30, already=10)
    assert ten + 1 == eleven == thirty <= 7


def test_a_page_of_few_hits_is_counted_with_its_rows(client, pages):
    client.get(SEARCH, {"q": "บัตรคิว"})
    with CaptureQueriesContext(connection) as captured:
        response = client.get(SEARCH, {"q": "บัตรคิว"})
    assert response.context["count"] == 1
    assert not any("COUNT(" in query["sql"] for query in captured.captured_queries)

"""The editors' search-terms report counts readers' own searches, once each."""

import pytest
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from search.tests.helpers import SEARCH

pytestmark = [pytest.mark.django_db]

QUERY = "บัตรคิว"
BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36"


def hits(query=QUERY):
    found = Query.objects.filter(query_string=query).first()
    return found.hits if found else 0


def test_a_readers_search_is_counted(client, pages):
    client.get(SEARCH, {"q": QUERY}, HTTP_USER_AGENT=BROWSER)
    assert hits() == 1


def test_the_same_reader_repeating_a_search_is_counted_once(client, sign_in, pages):
    for _ in range(3):
        client.get(SEARCH, {"q": QUERY}, HTTP_USER_AGENT=BROWSER)
    client.get(SEARCH, {"q": f"  {QUERY.upper()}  "}, HTTP_USER_AGENT=BROWSER)
    assert hits() == 1
    other_address = sign_in(REMOTE_ADDR="192.0.2.8")
    other_address.get(SEARCH, {"q": QUERY}, HTTP_USER_AGENT=BROWSER)
    for role in ("citizen", "staff"):  # signed-in readers count by their session
        sign_in(role).get(SEARCH, {"q": QUERY}, HTTP_USER_AGENT=BROWSER)
    assert hits() == 4


@pytest.mark.parametrize(
    "agent",
    [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)",
        "Sogou web spider/4.0",
        "ia_archiver",
        "Mozilla/5.0 (compatible; SemrushCrawler)",
        "facebookexternalhit/1.1",
        "python-requests/2.32.3",
    ],
)
def test_crawlers_are_not_counted(client, pages, agent):
    response = client.get(SEARCH, {"q": QUERY}, HTTP_USER_AGENT=agent)
    assert response.status_code == 200 and response.context["count"] > 0
    assert not Query.objects.exists()


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_SEC_PURPOSE": "prefetch"},
        {"HTTP_SEC_PURPOSE": "prefetch;prerender"},
        {"HTTP_PURPOSE": "prefetch"},
        {"HTTP_X_MOZ": "prefetch"},
        {"HTTP_X_PURPOSE": "preview"},
    ],
)
def test_prefetches_are_not_counted(client, pages, headers):
    response = client.get(SEARCH, {"q": QUERY}, HTTP_USER_AGENT=BROWSER, **headers)
    assert response.status_code == 200
    assert not Query.objects.exists()


def test_searches_another_site_sends_are_not_counted(client, pages):
    client.get(SEARCH, {"q": QUERY}, HTTP_USER_AGENT=BROWSER, HTTP_SEC_FETCH_SITE="cross-site")
    assert not Query.objects.exists()
    client.get(SEARCH, {"q": QUERY}, HTTP_USER_AGENT=BROWSER, HTTP_SEC_FETCH_SITE="same-origin")
    assert hits() == 1


def test_later_pages_of_results_are_not_counted(client, pages):
    response = client.get(SEARCH, {"q": "SMILE", "page": "2"}, HTTP_USER_AGENT=BROWSER)
    assert response.status_code == 200
    assert not Query.objects.exists()


def test_an_empty_search_is_not_counted(client, pages):
    client.get(SEARCH, {"q": "   "}, HTTP_USER_AGENT=BROWSER)
    assert not Query.objects.exists() and not QueryDailyHits.objects.exists()

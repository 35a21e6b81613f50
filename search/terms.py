"""Which requests count in the editors' search-terms report.

A hit is a reader's own search: a GET with a query, for the first page of results,
not from a crawler, not a prefetch and not sent by another site's page, counted
once per query per reader (session, else address) within ``REPEAT_WINDOW``. The
repeat marks live in the cache: losing one only counts a search twice.
"""

import re

from django.core.cache import cache
from django.utils.crypto import salted_hmac
from wagtail.contrib.search_promotions.models import Query
from wagtail.search.utils import normalise_query_string

from core.client import client_address

REPEAT_WINDOW = 30 * 60  # seconds

CRAWLERS = re.compile(
    r"bot|crawl|spider|slurp|scrap|archiver|facebookexternalhit|mediapartners|lighthouse"
    r"|headless|python-requests|python-urllib|curl/|wget/|httpx|go-http-client|libwww|okhttp",
    re.IGNORECASE,
)
PREFETCH_HEADERS = ("HTTP_SEC_PURPOSE", "HTTP_PURPOSE", "HTTP_X_PURPOSE", "HTTP_X_MOZ")
PREFETCH = re.compile(r"prefetch|prerender|preview", re.IGNORECASE)


def _by_a_reader(request):
    if request.method != "GET" or request.GET.get("page", "1") not in ("", "1"):
        return False  # not a search, or a later page of one
    if CRAWLERS.search(request.headers.get("User-Agent", "")):
        return False
    if any(PREFETCH.search(request.META.get(header, "")) for header in PREFETCH_HEADERS):
        return False
    return request.headers.get("Sec-Fetch-Site", "").lower() != "cross-site"


def _first_time(request, query_string):
    """True the first time this reader asks ``query_string`` within the window."""
    reader = request.session.session_key or client_address(request)
    mark = salted_hmac("search.terms", f"{reader}\x1f{query_string}").hexdigest()
    return cache.add(f"search:term:{mark}", 1, REPEAT_WINDOW)


def record_search(request, query):
    """Count ``query`` in the search-terms report if this request is a reader's new search."""
    query_string = normalise_query_string(query)
    if query_string and _by_a_reader(request) and _first_time(request, query_string):
        Query.get(query_string).add_hit()

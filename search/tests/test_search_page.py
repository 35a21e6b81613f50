"""The portal-wide search page: Thai queries, privacy per role, bad input, extras."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

from portal.factories import StandardPageFactory
from search.highlight import find_matches, snippet

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

SEARCH = "/th/search/"


def results_of(response):
    return response.context["results"]


def titles(response):
    return [result["title"] for result in results_of(response)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("บัตรคิว", "ก่อนมาติดต่อสำนักงาน"),
        ("ร้องเรียน", "ร้องเรียนและข้อเสนอแนะ"),
        ("ภาษี", "ก่อนมาติดต่อสำนักงาน"),
        ("ผู้เสียภาษี", "เรื่องราวของ SMILE"),
        ("พิษณุโลก", "เรื่องราวของ SMILE"),
    ],
)
def test_thai_words_inside_sentences_are_found(client, query, expected):
    response = client.get(SEARCH, {"q": query})
    assert response.status_code == 200
    assert expected in titles(response)


def test_snippet_marks_the_matched_thai_word(client):
    response = client.get(SEARCH, {"q": "บัตรคิว"})
    snippets = [str(result["snippet"]) for result in results_of(response)]
    assert any("<mark>บัตรคิว</mark>" in text for text in snippets)


def test_highlight_never_splits_a_thai_character_cluster():
    # A prefix that stops before the vowel ี must be widened to include it.
    assert find_matches("ภาษีอากร", ["ภาษ"]) == [(0, 4)]
    assert str(snippet("อัตราภาษีเงินได้", ["ภาษ"])) == "อัตรา<mark>ภาษี</mark>เงินได้"


def test_snippet_escapes_html_in_content():
    html = str(snippet("<script>alert(1)</script> ภาษี", ["ภาษี"]))
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_each_result_shows_type_section_language_and_date(client):
    result = results_of(client.get(SEARCH, {"q": "บัตรคิว"}))[0]
    assert result["type"] == "หน้าเนื้อหา" or str(result["type"])
    assert result["section"] == "บริการประชาชน"
    assert result["language_code"] == "th"
    assert result["date"] is not None


INTRANET_QUERY = "แนวปฏิบัติหน้าเคาน์เตอร์"


@pytest.mark.parametrize("username", [None, "citizen"])
def test_outsiders_never_see_intranet_titles_snippets_or_counts(client, username):
    if username:
        client.force_login(get_user_model().objects.get(username=username))
    for params in ({"q": INTRANET_QUERY}, {"q": "Front-counter playbook", "lang": "all"}):
        response = client.get(SEARCH, params)
        body = response.content.decode()
        assert response.context["count"] == 0
        assert "counter-playbook" not in body and "ห้ามเผยแพร่" not in body
    suggestions = client.get("/th/search/suggest/", {"q": "แนวปฏิบัติ"}).json()["suggestions"]
    assert not [s for s in suggestions if "/intranet/" in s["url"]]


@pytest.mark.parametrize("username", ["staff", "editor", "moderator", "judge1"])
def test_staff_find_intranet_pages(client, username):
    client.force_login(get_user_model().objects.get(username=username))
    response = client.get(SEARCH, {"q": INTRANET_QUERY})
    assert "แนวปฏิบัติหน้าเคาน์เตอร์ช่วงยื่นแบบ" in titles(response)


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "ภ" * 10_000,
        "😀🙏",
        '" * - ^ NEAR AND',
        '"ภาษี',
        "ภาษี OR (",
        "ภาษี2566 e-Filing ๒๕๖๖",
        "'; DROP TABLE wagtailcore_page; --",
        "\x00",
    ],
)
def test_bad_input_gets_a_normal_page(client, query):
    response = client.get(SEARCH, {"q": query})
    assert response.status_code == 200


def test_very_long_query_is_cut_and_the_page_says_so(client):
    response = client.get(SEARCH, {"q": "ภาษี " * 2000})
    assert response.context["truncated"]
    assert len(response.context["query"]) <= 200


def test_language_filter(client):
    english = client.get(SEARCH, {"q": "queue ticket", "lang": "en"})
    assert "Before you visit an office" in titles(english)
    assert client.get(SEARCH, {"q": "queue ticket"}).context["count"] == 0  # Thai by default
    both = client.get(SEARCH, {"q": "SMILE", "lang": "all"})
    assert {result["language_code"] for result in results_of(both)} == {"th", "en"}


def test_type_filter(client):
    sections = client.get(SEARCH, {"q": "SMILE", "type": "portal-sectionpage"})
    assert titles(sections) == ["เกี่ยวกับโครงการ SMILE"]


def test_queries_are_logged_for_editors(client):
    client.get(SEARCH, {"q": "บัตรคิว"})
    client.get(SEARCH, {"q": "บัตรคิว"})
    assert Query.get("บัตรคิว").hits == 2


def test_promoted_results_show_first_but_respect_privacy(client):
    query = Query.get("smile")
    public = Page.objects.get(slug="smile-code", locale__language_code="th")
    private = Page.objects.get(slug="counter-playbook", locale__language_code="th")
    SearchPromotion.objects.create(query=query, page=public, sort_order=0)
    SearchPromotion.objects.create(query=query, page=private, sort_order=1)
    response = client.get(SEARCH, {"q": "SMILE"})
    promoted = [promotion.page.pk for promotion in response.context["promotions"]]
    assert promoted == [public.pk]


def test_no_results_suggests_words_that_do_match(client):
    response = client.get(SEARCH, {"q": "บัตรคิว ไดโนเสาร์"})
    assert response.context["count"] == 0
    assert response.context["suggestions"] == ["บัตรคิว"]


def test_results_paginate_with_a_bounded_number_of_queries(client, django_assert_max_num_queries):
    section = Page.objects.get(slug="citizen-services", locale__language_code="th")
    for number in range(25):
        StandardPageFactory(parent=section, title=f"คู่มือบัตรคิวฉบับที่ {number}", slug=f"q-{number}")
    with django_assert_max_num_queries(30):
        first = client.get(SEARCH, {"q": "บัตรคิว"})
    assert first.context["count"] == 26
    assert len(results_of(first)) == 10
    last = client.get(SEARCH, {"q": "บัตรคิว", "page": "3"})
    assert len(results_of(last)) == 6
    assert client.get(SEARCH, {"q": "บัตรคิว", "page": "x"}).status_code == 200


@pytest.fixture
def elasticsearch_down(settings):
    """Elasticsearch configured at an address where nothing listens, database fallback."""
    from search.backends.elasticsearch import elasticsearch_settings

    settings.WAGTAILSEARCH_BACKENDS = {
        "default": elasticsearch_settings("http://127.0.0.1:9", "kmsite_test_", max_retries=0),
        "fallback": {"BACKEND": "search.backends.thai"},
    }


def test_elasticsearch_outage_falls_back_to_the_database_and_says_so(client, elasticsearch_down):
    response = client.get(SEARCH, {"q": "บัตรคิว"})
    assert response.status_code == 200
    assert response.context["fell_back"]
    assert "ก่อนมาติดต่อสำนักงาน" in titles(response)
    assert "ระบบค้นหาหลักไม่พร้อมใช้งาน" in response.content.decode()
    assert client.get("/th/search/suggest/", {"q": "ร้องเร"}).status_code == 200


def test_publishing_still_works_while_elasticsearch_is_down(elasticsearch_down):
    page = Page.objects.get(slug="complaints", locale__language_code="th").specific
    page.title = "ร้องเรียนและข้อเสนอแนะ (ปรับปรุง)"
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.live and page.title.endswith("(ปรับปรุง)")


def test_suggest_completes_thai_prefixes(client):
    suggestions = client.get("/th/search/suggest/", {"q": "ร้องเร"}).json()["suggestions"]
    assert {"title": "ร้องเรียนและข้อเสนอแนะ", "url": "/th/citizen-services/complaints/"} in (
        suggestions
    )


@pytest.mark.parametrize(
    ("username", "status"),
    [("editor", 200), ("moderator", 200), ("admin", 200), ("staff", 302), ("citizen", 302)],
)
def test_editors_read_the_search_terms_report(client, username, status):
    client.get(SEARCH, {"q": "บัตรคิว"})
    client.force_login(get_user_model().objects.get(username=username))
    response = client.get("/admin/reports/search-terms/")
    assert response.status_code == status
    if status == 200:
        assert "บัตรคิว" in response.content.decode()

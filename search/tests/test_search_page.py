"""The portal-wide search page: Thai queries, privacy per role, bad input, extras."""

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from portal.factories import StandardPageFactory
from search.highlight import find_matches, snippet
from search.tests.helpers import SEARCH, SUGGEST, THAI_WORDS, results_of, titles

pytestmark = [pytest.mark.django_db]


@pytest.mark.parametrize(("query", "expected"), THAI_WORDS)
def test_thai_words_inside_sentences_are_found(client, pages, query, expected):
    response = client.get(SEARCH, {"q": query})
    assert response.status_code == 200
    assert getattr(pages, expected).title in titles(response)


def test_snippet_marks_the_matched_thai_word(client, pages):
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


def test_each_result_shows_type_section_language_and_date(client, pages):
    result = results_of(client.get(SEARCH, {"q": "บัตรคิว"}))[0]
    assert result["title"] == pages.visit.title
    assert result["type"] == "หน้าเนื้อหา" or str(result["type"])
    assert result["section"] == pages.services.title
    assert result["language_code"] == "th"
    assert result["date"] is not None


INTRANET_QUERY = "แนวปฏิบัติหน้าเคาน์เตอร์"


@pytest.mark.parametrize("role", [None, "citizen"])
def test_outsiders_never_see_intranet_titles_snippets_or_counts(sign_in, pages, role):
    client = sign_in(role)
    for params in ({"q": INTRANET_QUERY}, {"q": pages.playbook_en.title, "lang": "all"}):
        response = client.get(SEARCH, params)
        body = response.content.decode()
        assert response.context["count"] == 0
        assert pages.playbook.slug not in body and pages.secret not in body
    suggestions = client.get(SUGGEST, {"q": "แนวปฏิบัติ"}).json()["suggestions"]
    assert not [s for s in suggestions if "/intranet/" in s["url"]]


@pytest.mark.parametrize("role", ["staff", "editor", "moderator", "judge"])
def test_staff_find_intranet_pages(sign_in, pages, role):
    response = sign_in(role).get(SEARCH, {"q": INTRANET_QUERY})
    assert pages.playbook.title in titles(response)


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
    ],
)
def test_bad_input_gets_a_normal_page(client, pages, query):
    response = client.get(SEARCH, {"q": query})
    assert response.status_code == 200


def test_very_long_query_is_cut_and_the_page_says_so(client, pages):
    response = client.get(SEARCH, {"q": "ภาษี " * 2000})
    assert response.context["truncated"]
    assert len(response.context["query"]) <= 200


def test_language_filter(client, pages):
    english = client.get(SEARCH, {"q": "queue ticket", "lang": "en"})
    assert pages.visit_en.title in titles(english)
    assert client.get(SEARCH, {"q": "queue ticket"}).context["count"] == 0  # Thai by default
    both = client.get(SEARCH, {"q": "SMILE", "lang": "all"})
    assert {result["language_code"] for result in results_of(both)} == {"th", "en"}


def test_type_filter(client, pages):
    sections = client.get(SEARCH, {"q": "SMILE", "type": "portal-sectionpage"})
    assert titles(sections) == [pages.about.title]


def test_promoted_results_show_first_but_respect_privacy(client, pages):
    query = Query.get("smile")
    public, private = pages.smile_code, pages.playbook
    SearchPromotion.objects.create(query=query, page=public, sort_order=0)
    SearchPromotion.objects.create(query=query, page=private, sort_order=1)
    response = client.get(SEARCH, {"q": "SMILE"})
    promoted = [promotion.page.pk for promotion in response.context["promotions"]]
    assert promoted == [public.pk]


def test_no_results_suggests_words_that_do_match(client, pages):
    response = client.get(SEARCH, {"q": "บัตรคิว ไดโนเสาร์"})
    assert response.context["relaxed"]  # no page has both words: those with one are listed
    assert titles(response) == [pages.visit.title]
    assert response.context["suggestions"] == ["บัตรคิว"]


def test_did_you_mean_costs_the_same_for_a_query_of_a_hundred_words(
    client, pages, django_assert_max_num_queries
):
    letters = [chr(code) for code in range(ord("a"), ord("z") + 1)]
    words = ["บัตรคิว", *(letters * 4)][:100]  # one-letter words, repeated
    client.get(SEARCH, {"q": "ภาษี"})  # reads the vocabulary and the synonyms once
    with django_assert_max_num_queries(30):  # as many as any search page
        response = client.get(SEARCH, {"q": " ".join(words)})
    assert len(response.context["query"].split()) > 95  # what is left after the 200-character cut
    assert response.context["count"] == 0
    assert response.context["suggestions"] == ["บัตรคิว"]  # the longest words are tried


def test_results_paginate_with_a_bounded_number_of_queries(
    client, pages, django_assert_max_num_queries
):
    assert client.get(SEARCH, {"q": "บัตรคิว"}).context["count"] == 1  # the visit guide
    for number in range(25):
        StandardPageFactory(
            parent=pages.services, title=f"คู่มือบัตรคิวฉบับที่ {number}", slug=f"q-{number}"
        )
    with django_assert_max_num_queries(30):
        first = client.get(SEARCH, {"q": "บัตรคิว"})
    assert first.context["count"] == 26
    assert len(results_of(first)) == 10
    last = client.get(SEARCH, {"q": "บัตรคิว", "page": "3"})
    assert len(results_of(last)) == 6
    assert client.get(SEARCH, {"q": "บัตรคิว", "page": "x"}).status_code == 200


def test_suggest_completes_thai_prefixes(client, pages):
    suggestions = client.get(SUGGEST, {"q": "ร้องเร"}).json()["suggestions"]
    expected = {"title": pages.complaints.title, "url": "/th/citizen-services/complaints/"}
    assert expected in suggestions


@pytest.mark.parametrize(
    ("role", "status"),
    [("editor", 200), ("moderator", 200), ("admin", 200), ("staff", 302), ("citizen", 302)],
)
def test_editors_read_the_search_terms_report(client, sign_in, pages, role, status):
    client.get(SEARCH, {"q": "บัตรคิว"})
    response = sign_in(role).get("/admin/reports/search-terms/")
    assert response.status_code == status
    if status == 200:
        assert "บัตรคิว" in response.content.decode()

"""The portal-wide search page: Thai queries, privacy per role, bad input, extras."""

import io
from types import SimpleNamespace

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from portal.demo.content import callout, paragraph
from portal.factories import SectionPageFactory, StandardPageFactory
from search.highlight import find_matches, snippet
from tests.world import translate

pytestmark = [pytest.mark.django_db]

SEARCH = "/th/search/"


def body(*blocks):
    return list(blocks)


@pytest.fixture(scope="module")
def pages(module_site):
    """A public "citizen services" section with a visit guide and a complaints page,
    an "about" section with a story, and an intranet playbook; Thai and English.
    Thai words sit inside sentences without spaces, as Thai is written."""
    home = module_site.home
    published = {"last_published_at": timezone.now()}
    about = SectionPageFactory(
        parent=home, title="เกี่ยวกับโครงการ SMILE", slug="about-smile", intro="<p>ที่มาของโครงการ</p>"
    )
    story = StandardPageFactory(
        parent=about,
        title="ความเป็นมาของโครงการ",
        slug="story",
        intro="เจ้าหน้าที่ช่วยกันถอดความรู้",
        body=body(paragraph("สำนักงานดูแลจังหวัดพิษณุโลกและให้บริการผู้เสียภาษีทุกคน")),
        **published,
    )
    smile_code = StandardPageFactory(
        parent=about, title="หลักห้าประการ", slug="smile-code", intro="พฤติกรรมบริการ", **published
    )
    services = SectionPageFactory(
        parent=home, title="บริการประชาชน", slug="citizen-services", intro="<p>ข้อมูลบริการ</p>"
    )
    visit = StandardPageFactory(
        parent=services,
        title="เตรียมตัวก่อนไปสำนักงาน",
        slug="before-you-visit",
        intro="เตรียมเอกสารให้พร้อม",
        body=body(
            paragraph("ในช่วงยื่นแบบแสดงรายการภาษีเงินได้ควรมาแต่เช้า"),
            callout("รับบัตรคิวล่วงหน้า", "กรุณารับบัตรคิวที่จุดประชาสัมพันธ์"),
        ),
        **published,
    )
    complaints = StandardPageFactory(
        parent=services,
        title="ร้องเรียนการให้บริการ",
        slug="complaints",
        intro="บอกเราว่าบริการเป็นอย่างไร",
        **published,
    )
    playbook = StandardPageFactory(
        parent=module_site.intranet,
        title="แนวปฏิบัติหน้าเคาน์เตอร์ช่วงยื่นแบบ",
        slug="counter-playbook",
        intro="ข้อตกลงของทีม",
        body=body(callout("ข้อมูลภายใน", "ห้ามเผยแพร่เอกสารนี้ต่อบุคคลภายนอก")),
        **published,
    )
    translate(about, title="About the SMILE project")
    translate(services, title="Citizen services")
    visit_en = translate(
        visit,
        title="Before you visit an office",
        body=body(paragraph("Take a queue ticket at the information desk.")),
    )
    playbook_en = translate(playbook, title="Front-counter playbook")
    call_command("update_index", stdout=io.StringIO())
    return SimpleNamespace(
        about=about,
        story=story,
        smile_code=smile_code,
        services=services,
        visit=visit,
        visit_en=visit_en,
        complaints=complaints,
        playbook=playbook,
        playbook_en=playbook_en,
        secret="ห้ามเผยแพร่",
    )


def results_of(response):
    return response.context["results"]


def titles(response):
    return [result["title"] for result in results_of(response)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("บัตรคิว", "visit"),
        ("ร้องเรียน", "complaints"),
        ("ภาษี", "visit"),
        ("ผู้เสียภาษี", "story"),
        ("พิษณุโลก", "story"),
    ],
)
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
    suggestions = client.get("/th/search/suggest/", {"q": "แนวปฏิบัติ"}).json()["suggestions"]
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
        "\x00",
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


def test_queries_are_logged_for_editors(client, pages):
    client.get(SEARCH, {"q": "บัตรคิว"})
    client.get(SEARCH, {"q": "บัตรคิว"})
    assert Query.get("บัตรคิว").hits == 2


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
    assert response.context["count"] == 0
    assert response.context["suggestions"] == ["บัตรคิว"]


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


@pytest.fixture
def elasticsearch_down(settings):
    """Elasticsearch configured at an address where nothing listens, database fallback."""
    from search.backends.elasticsearch import elasticsearch_settings

    settings.WAGTAILSEARCH_BACKENDS = {
        "default": elasticsearch_settings("http://127.0.0.1:9", "kmsite_test_", max_retries=0),
        "fallback": {"BACKEND": "search.backends.thai"},
    }


def test_elasticsearch_outage_falls_back_to_the_database_and_says_so(
    client, pages, elasticsearch_down
):
    response = client.get(SEARCH, {"q": "บัตรคิว"})
    assert response.status_code == 200
    assert response.context["fell_back"]
    assert pages.visit.title in titles(response)
    assert "ระบบค้นหาหลักไม่พร้อมใช้งาน" in response.content.decode()
    assert client.get("/th/search/suggest/", {"q": "ร้องเร"}).status_code == 200


def test_publishing_still_works_while_elasticsearch_is_down(pages, elasticsearch_down):
    page = type(pages.complaints).objects.get(pk=pages.complaints.pk)
    page.title = f"{pages.complaints.title} (ปรับปรุง)"
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.live and page.title.endswith("(ปรับปรุง)")


def test_suggest_completes_thai_prefixes(client, pages):
    suggestions = client.get("/th/search/suggest/", {"q": "ร้องเร"}).json()["suggestions"]
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

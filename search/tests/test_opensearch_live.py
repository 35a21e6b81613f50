"""The search page end to end on a live OpenSearch node (``OPENSEARCH_URL``)."""

import pytest
from django.utils import timezone

from portal.factories import StandardPageFactory
from search.tests.helpers import SEARCH, SUGGEST, THAI_WORDS, results_of, titles
from search.tests.live import OPENSEARCH_URL, index_prefix, needs_opensearch, portal_on

pytestmark = [*needs_opensearch, pytest.mark.django_db]


@pytest.fixture(scope="module")
def live(pages):
    """The search test pages plus a deadline page with Thai digits, indexed on the node."""
    pages.deadline = StandardPageFactory(
        parent=pages.services,
        title="กำหนดยื่นแบบ ภ.ง.ด.90",
        slug="filing-deadline",
        intro="ยื่นแบบภายในวันที่ ๓๑ มีนาคม ๒๕๖๖",
        last_published_at=timezone.now(),
    )
    with portal_on(OPENSEARCH_URL, index_prefix("live")):
        yield pages


def search(client, **params):
    response = client.get(SEARCH, params)
    assert response.status_code == 200
    assert not response.context["fell_back"], "the node did not answer"
    return response


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        *THAI_WORDS,
        ("ภาษีเงินได้", "visit"),  # a compound ...
        ("เงินได้", "visit"),  # ... and its part
        ("ประชาสัมพันธ์", "visit"),
    ],
)
def test_thai_words_inside_sentences_and_compounds(client, live, query, expected):
    assert getattr(live, expected).title in titles(search(client, q=query))


@pytest.mark.parametrize("query", ["2566", "๒๕๖๖", "ภ.ง.ด.90", "ภงด 90"])
def test_thai_and_arabic_digits_find_the_same_page(client, live, query):
    assert titles(search(client, q=query)) == [live.deadline.title]


def test_the_matched_thai_word_is_highlighted(client, live):
    snippets = [str(result["snippet"]) for result in results_of(search(client, q="บัตรคิว"))]
    assert any("<mark>บัตรคิว</mark>" in text for text in snippets)


def test_suggestions_complete_a_thai_word_being_typed(client, live):
    for typed, expected in [("ร้องเร", live.complaints), ("เตรียมตัวก่อน", live.visit)]:
        response = client.get(SUGGEST, {"q": typed})
        assert response.status_code == 200
        assert expected.title in [row["title"] for row in response.json()["suggestions"]]


def test_did_you_mean_offers_the_words_that_have_results(client, live):
    response = search(client, q="บัตรคิว ไดโนเสาร์ ยานอวกาศ")
    assert response.context["count"] == 0
    assert response.context["suggestions"] == ["บัตรคิว"]


INTRANET_QUERY = "แนวปฏิบัติหน้าเคาน์เตอร์"


@pytest.mark.parametrize("role", [None, "citizen"])
def test_outsiders_get_no_intranet_title_snippet_count_or_suggestion(sign_in, live, role):
    client = sign_in(role)
    for query in (INTRANET_QUERY, "ข้อมูลภายใน เผยแพร่", "แนวปฏิบัติหน้าเคาน์เตอร์ ไดโนเสาร์"):
        response = search(client, q=query)
        body = response.content.decode()
        assert response.context["count"] == 0
        assert live.playbook.title not in body and live.secret not in body
        assert live.playbook.slug not in body
        assert "แนวปฏิบัติหน้าเคาน์เตอร์" not in response.context["suggestions"]
    suggestions = client.get(SUGGEST, {"q": "แนวปฏิบัติ"}).json()["suggestions"]
    assert live.playbook.title not in [row["title"] for row in suggestions]


@pytest.mark.parametrize("role", ["staff", "editor"])
def test_staff_find_the_intranet_page_with_its_snippet(sign_in, live, role):
    client = sign_in(role)
    response = search(client, q=live.secret)
    assert titles(response) == [live.playbook.title]
    assert "<mark>" in str(results_of(response)[0]["snippet"])
    suggestions = client.get(SUGGEST, {"q": "แนวปฏิบัติ"}).json()["suggestions"]
    assert live.playbook.title in [row["title"] for row in suggestions]

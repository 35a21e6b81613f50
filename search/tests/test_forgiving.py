"""A search that forgives: spelling corrected from the index, synonyms, privacy per
role, the engine down, bounded cost, Thai results offered on the English page."""

import importlib
import io
import logging

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.management import call_command

from portal.factories import ROLE_GROUPS, StandardPageFactory
from search import vocabulary
from search.forgiving import correct, forgive, variants
from search.models import SynonymGroup
from search.spelling import Vocabulary, clusters, distance
from search.tests.helpers import SEARCH, results_of, titles

ROLES = sorted(ROLE_GROUPS)

pytestmark = [pytest.mark.django_db]

ENGLISH_SEARCH = "/en/search/"
INTRANET_WORD = "เคาน์เตอร์"  # only in the intranet playbook
INTRANET_TYPO = "เคาเตอร์"


@pytest.fixture(autouse=True)
def fresh_vocabulary():
    vocabulary.forget()
    yield
    vocabulary.forget()


@pytest.fixture(scope="module")
def tax_pages(pages):
    """Pages on VAT and on the taxpayer number, indexed with the others."""
    vat = StandardPageFactory(
        parent=pages.services,
        title="จดทะเบียนภาษีมูลค่าเพิ่ม",
        slug="vat-registration",
        intro="ผู้ประกอบการที่มีรายรับเกินเกณฑ์",
    )
    tin = StandardPageFactory(
        parent=pages.services,
        title="เลขประจำตัวผู้เสียภาษีอากร",
        slug="taxpayer-number",
        intro="ใช้เลขประจำตัวประชาชนสิบสามหลัก",
    )
    call_command("update_index", stdout=io.StringIO())
    return vat, tin


# The pieces


def test_distance_counts_thai_clusters_and_halves_mark_confusions():
    assert clusters("เข็มทิศ") == ["เ", "ข็", "ม", "ทิ", "ศ"]
    assert distance(clusters("เข้มทิศ"), clusters("เข็มทิศ")) == 0.5  # ้ for ็
    assert distance(clusters("ฃวด"), clusters("ขวด")) == 0.5  # ฃ for ข
    assert distance(clusters("ลดหยอน"), clusters("ลดหย่อน")) == 0.5  # tone mark left out
    assert distance(clusters("บัตรคว"), clusters("บัตรคิว")) == 0.5  # vowel left out
    assert distance(clusters("นครสวรร"), clusters("นครสวรรค์")) == 1  # a cluster left out


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("เข้มทิศ", "เข็มทิศ"),
        ("บัตรคว", "บัตรคิว"),
        ("ภาษีมูลค่าเพ่ม", "ภาษีมูลค่าเพิ่ม"),
        ("registraion", "registration"),
        ("e-filling", "e filing"),
        ("ภาษี 2566", "ภาษี 2566"),  # known words and numbers stay
        ("ภ.ง.ด.90", "ภ.ง.ด.90"),
    ],
    ids=["tone-mark", "missing-vowel", "inside-a-compound", "english", "hyphen", "known", "form"],
)
def test_correct_from_the_vocabulary(typed, expected):
    words = ["เข็มทิศ", "บัตรคิว", "ภาษีมูลค่าเพิ่ม", "ภาษี", "registration", "filing", "e"]
    assert correct(typed, Vocabulary(dict.fromkeys(words, 1))) == expected


def test_synonyms_match_latin_whole_words_and_thai_anywhere():
    groups = [("tax id", "เลขประจำตัวผู้เสียภาษีอากร"), ("ทำบัตร", "ขอเลขประจำตัว")]
    assert variants("Tax ID card", groups) == ["เลขประจำตัวผู้เสียภาษีอากร card"]
    assert variants("syntax idea", groups) == []
    assert variants("ทำบัตรผู้เสียภาษี", groups) == ["ขอเลขประจำตัวผู้เสียภาษี"]


def test_a_query_without_corrections_or_synonyms_is_searched_as_typed():
    forgiven = forgive("ภาษี", Vocabulary({"ภาษี": 3}), [])
    assert forgiven.alternatives == ["ภาษี"] and forgiven.wider() is None
    assert not forgiven.corrected


def test_the_seed_migration_adds_the_groups_once():
    seed = importlib.import_module("search.migrations.0002_seed_synonyms")
    seed.seed(apps, None)
    seed.seed(apps, None)
    assert SynonymGroup.objects.count() == len(seed.SYNONYMS)
    assert ["tax id", "tax identification number", "เลขประจำตัวผู้เสียภาษีอากร"] in [
        group.term_list() for group in SynonymGroup.objects.all()
    ]


def test_a_group_needs_two_terms():
    group = SynonymGroup(terms="ภาษี\n  \nภาษี")
    with pytest.raises(ValidationError) as refused:
        group.full_clean()
    assert list(refused.value.message_dict) == ["terms"]


# The search page


def test_misspelled_thai_is_found_without_a_click(client, pages):
    response = client.get(SEARCH, {"q": "บัตรคว"})
    assert pages.visit.title in titles(response)
    assert response.context["corrected"] == "บัตรคิว"
    assert 'data-corrected="บัตรคิว"' in response.content.decode()


def test_misspelled_compound_is_found(client, tax_pages):
    vat, _ = tax_pages
    response = client.get(SEARCH, {"q": "ภาษีมูลค่าเพ่ม"})
    assert titles(response)[0] == vat.title
    assert response.context["corrected"] == "ภาษีมูลค่าเพิ่ม"


def test_known_misspelling_in_the_synonym_list_is_found(client, pages):
    page = StandardPageFactory(parent=pages.services, title="เข็มทิศภาษี", slug="compass")
    call_command("update_index", verbosity=0)
    SynonymGroup.objects.create(terms="เข้มทิศ\nเข็มทิศ")
    assert page.title in titles(client.get(SEARCH, {"q": "เข้มทิศภาษี"}))


def test_a_synonym_edited_in_the_admin_applies_at_once(client, tax_pages):
    _, tin = tax_pages
    assert tin.title not in titles(client.get(SEARCH, {"q": "tax id"}))
    SynonymGroup.objects.create(terms="tax id\nเลขประจำตัวผู้เสียภาษีอากร")
    response = client.get(SEARCH, {"q": "tax id"})
    assert titles(response)[:3].count(tin.title) == 1


def test_typed_matches_list_before_synonym_matches(client, tax_pages):
    _, tin = tax_pages
    SynonymGroup.objects.create(terms="บัตรคิว\nเลขประจำตัวผู้เสียภาษีอากร")
    listed = titles(client.get(SEARCH, {"q": "บัตรคิว"}))
    assert listed.index(tin.title) > 0  # after the visit guide, which has the typed word


def test_colloquial_query_with_one_word_too_many_is_relaxed(client, pages):
    response = client.get(SEARCH, {"q": "บัตรคิว ไดโนเสาร์"})
    assert response.context["relaxed"] and pages.visit.title in titles(response)
    assert "data-relaxed" in response.content.decode()


@pytest.mark.parametrize("role", [None, *ROLES], ids=["anonymous", *ROLES])
def test_did_you_mean_never_offers_a_word_the_reader_cannot_see(sign_in, pages, role):
    client = sign_in(role)
    sees_intranet = pages.playbook.title in titles(client.get(SEARCH, {"q": INTRANET_WORD}))
    response = client.get(SEARCH, {"q": INTRANET_TYPO})
    body_text = response.content.decode()
    if sees_intranet:
        assert response.context["corrected"] == INTRANET_WORD
        assert pages.playbook.title in titles(response)
    else:
        assert response.context["corrected"] == ""
        assert INTRANET_WORD not in body_text and pages.playbook.slug not in body_text
        assert response.context["count"] == 0
    if role in (None, "citizen"):
        assert not sees_intranet
    if role in ("staff", "editor"):
        assert sees_intranet


def test_did_you_mean_falls_back_to_the_database_when_the_engine_is_down(
    client, pages, engine_down, caplog
):
    with caplog.at_level(logging.WARNING, logger="kmsite.search"):
        response = client.get(SEARCH, {"q": "บัตรคว"})
    assert response.status_code == 200
    assert response.context["fell_back"]
    assert response.context["corrected"] == "บัตรคิว"
    assert pages.visit.title in titles(response)


def test_many_short_misspelled_words_cost_a_bounded_number_of_queries(
    client, pages, django_assert_max_num_queries
):
    client.get(SEARCH, {"q": "ภาษี"})  # reads the vocabulary and the synonyms once
    typos = ["บัตรคว", "ร้องเรีอน", "พิษณุโลค", "ผู้เสียภาษิ", "เคาเตอร์"]
    long_query = " ".join(typos * 8)
    with django_assert_max_num_queries(30):
        response = client.get(SEARCH, {"q": long_query})
    assert response.status_code == 200


def test_thai_query_on_the_english_page_offers_the_thai_results(client, pages):
    response = client.get(ENGLISH_SEARCH, {"q": "บัตรคิว"})
    assert response.context["in_thai"] == 1
    assert 'data-in-language="th"' in response.content.decode()
    assert "lang=th" in response.content.decode()
    assert client.get(ENGLISH_SEARCH, {"q": "queue"}).context["in_thai"] == 0


def test_the_summary_counts_what_is_listed_and_badges_only_other_languages(client, pages):
    response = client.get(SEARCH, {"q": "SMILE", "lang": "all"})
    context = response.context
    assert context["total"] == context["count"] + sum(e["count"] for e in context["extras"])
    by_language = {row["language_code"]: row["language"] for row in results_of(response)}
    assert by_language["th"] == "" and by_language["en"]
    assert response.content.decode().count('data-language="en"') == sum(
        row["language_code"] == "en" for row in results_of(response)
    )

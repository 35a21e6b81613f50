"""The engine down (unreachable or failing): every search path answers from the database, and says so once."""

import logging

import pytest

from search.tests.helpers import SEARCH, SUGGEST, titles

pytestmark = [pytest.mark.django_db]

FALLBACK_EVENT = "search.fallback"


def fallbacks_logged(caplog):
    return [record for record in caplog.records if getattr(record, "event", "") == FALLBACK_EVENT]


def test_results_come_from_the_database_and_the_page_says_so(client, pages, engine_down, caplog):
    with caplog.at_level(logging.WARNING, logger="kmsite.search"):
        response = client.get(SEARCH, {"q": "บัตรคิว"})
    assert response.status_code == 200
    assert response.context["fell_back"]
    assert pages.visit.title in titles(response)
    assert "ระบบค้นหาหลักไม่พร้อมใช้งาน" in response.content.decode()
    assert len(fallbacks_logged(caplog)) == 1


def test_did_you_mean_comes_from_the_database(client, pages, engine_down, caplog):
    with caplog.at_level(logging.WARNING, logger="kmsite.search"):
        response = client.get(SEARCH, {"q": "บัตรคิว ไดโนเสาร์ ยานอวกาศ"})
    assert response.status_code == 200
    assert response.context["count"] == 0
    assert response.context["suggestions"] == ["บัตรคิว"]
    assert len(fallbacks_logged(caplog)) == 1  # the results and three suggestion counts


def test_suggestions_as_you_type_come_from_the_database(client, pages, engine_down, caplog):
    with caplog.at_level(logging.WARNING, logger="kmsite.search"):
        response = client.get(SUGGEST, {"q": "ร้องเร"})
    assert response.status_code == 200
    assert pages.complaints.title in [row["title"] for row in response.json()["suggestions"]]
    assert len(fallbacks_logged(caplog)) == 1


def test_each_request_logs_its_own_fallback(client, pages, engine_down, caplog):
    with caplog.at_level(logging.WARNING, logger="kmsite.search"):
        client.get(SEARCH, {"q": "บัตรคิว"})
        client.get(SEARCH, {"q": "ร้องเรียน"})
    assert len(fallbacks_logged(caplog)) == 2


def test_no_fallback_while_the_engine_answers(client, pages, caplog):
    with caplog.at_level(logging.WARNING, logger="kmsite.search"):
        response = client.get(SEARCH, {"q": "บัตรคิว"})
    assert not response.context["fell_back"]
    assert not fallbacks_logged(caplog)


def test_publishing_still_works_while_the_engine_is_down(pages, engine_down):
    page = type(pages.complaints).objects.get(pk=pages.complaints.pk)
    page.title = f"{pages.complaints.title} (ปรับปรุง)"
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.live and page.title.endswith("(ปรับปรุง)")

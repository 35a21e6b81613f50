"""The demo site's tax compass: the shipped rules (data migration) and the page."""

import json

import pytest

from taxcompass.models import TaxCompassPage, TaxYearRules
from taxcompass.rules import shipped

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def test_2568_is_approved_by_the_system_and_2569_is_a_draft():
    approved = TaxYearRules.objects.get(tax_year=2568)
    assert approved.is_approved and approved.approved_by is None
    assert "data migration" in approved.approval_note
    assert approved.data == shipped(2568)
    assert not TaxYearRules.objects.get(tax_year=2569).is_approved


def test_the_page_in_both_languages_answers(client):
    for language in ("th", "en"):
        page = TaxCompassPage.objects.live().get(locale__language_code=language)
        answers = {"tax_year": "2568", "status": "single", "income.salary": "600000"}
        assert "21,500.00" in client.get(page.url, answers).content.decode()


def test_the_api_answers_for_2568(client):
    payload = {"tax_year": 2568, "status": "single", "income": {"salary": 600000}}
    response = client.post(
        "/api/tax-compass/estimate/", json.dumps(payload), content_type="application/json"
    )
    assert response.json()["tax"] == "21500.00"


def test_found_by_its_misspelling(client):
    page = TaxCompassPage.objects.live().get(locale__language_code="th")
    assert page.url in client.get("/th/search/", {"q": "เข้มทิศภาษี"}).content.decode()

"""Saved estimates: only a signed-in citizen's choice, only the owner sees them."""

import pytest

from taxcompass.factories import SavedEstimateFactory, TaxCompassPageFactory
from taxcompass.models import SavedEstimate

pytestmark = [pytest.mark.django_db]

ANSWERS = {"tax_year": "2568", "status": "single", "income.salary": "600000"}
OTHER_ROLES = ["staff", "editor", "moderator", "judge", "manager", "supervisor", "admin"]


@pytest.fixture
def compass(site, rules):
    return TaxCompassPageFactory(parent=site.home)


def test_signed_in_citizens_see_the_save_button(sign_in, compass):
    body = sign_in("citizen").get(compass.url, ANSWERS).content.decode()
    assert "/th/tax-estimates/save/" in body
    assert 'name="income.salary" value="600000"' in body


def test_saving_keeps_the_answers_once(sign_in, user_for, compass):
    client = sign_in("citizen")
    data = {**ANSWERS, "name": "ปีนี้"}
    first = client.post("/th/tax-estimates/save/", data)
    client.post("/th/tax-estimates/save/", data)  # a double click
    estimate = SavedEstimate.objects.get()
    assert first["Location"] == f"/th/tax-estimates/{estimate.pk}/"
    assert estimate.owner == user_for("citizen")
    assert str(estimate.tax) == "21500.00"
    assert estimate.inputs == ANSWERS
    body = client.get("/th/tax-estimates/").content.decode()
    assert "ปีนี้" in body and f"{compass.url}?" in body
    assert "21,500.00" in client.get(f"/th/tax-estimates/{estimate.pk}/").content.decode()


def test_bad_answers_are_not_saved(sign_in, compass):
    response = sign_in("citizen").post("/th/tax-estimates/save/", {**ANSWERS, "tax_year": "2400"})
    assert response.status_code == 400
    assert not SavedEstimate.objects.exists()


def test_anonymous_visitors_are_asked_to_sign_in(client, compass):
    response = client.post("/th/tax-estimates/save/", ANSWERS)
    assert "/accounts/login/" in response["Location"]
    assert not SavedEstimate.objects.exists()


@pytest.mark.parametrize("role", OTHER_ROLES)
def test_nobody_else_sees_or_deletes_an_estimate(sign_in, user_for, compass, role):
    estimate = SavedEstimateFactory(owner=user_for("citizen"))
    client = sign_in(role)
    assert client.get(f"/th/tax-estimates/{estimate.pk}/").status_code == 404
    assert client.post(f"/th/tax-estimates/{estimate.pk}/delete/").status_code == 404
    assert estimate.name not in client.get("/th/tax-estimates/").content.decode()
    assert SavedEstimate.objects.filter(pk=estimate.pk).exists()


def test_the_owner_deletes(sign_in, user_for, compass):
    estimate = SavedEstimateFactory(owner=user_for("citizen"))
    response = sign_in("citizen").post(f"/th/tax-estimates/{estimate.pk}/delete/")
    assert response.status_code == 302
    assert not SavedEstimate.objects.exists()


def test_the_list_within_a_query_budget(sign_in, user_for, compass, django_assert_max_num_queries):
    for _ in range(5):
        SavedEstimateFactory(owner=user_for("citizen"))
    client = sign_in("citizen")
    client.get("/th/tax-estimates/")
    with django_assert_max_num_queries(10):
        assert client.get("/th/tax-estimates/").status_code == 200

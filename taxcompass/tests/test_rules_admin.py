"""Editors keep the rules in the admin; a second editor approves; citizens get approved years only."""

import json

import pytest

from portal.factories import user_with_role
from taxcompass.factories import TaxCompassPageFactory, TaxYearRulesFactory
from taxcompass.models import TaxYearRules
from taxcompass.rules import shipped

pytestmark = [pytest.mark.django_db]

LIST = "/admin/snippets/taxcompass/taxyearrules/"
API = "/api/tax-compass/estimate/"


def approve_url(rules):
    return f"{LIST}approve/{rules.pk}/"


def edit(client, rules, data):
    return client.post(
        f"{LIST}edit/{rules.pk}/",
        {"tax_year": rules.tax_year, "data": json.dumps(data, ensure_ascii=False)},
    )


def estimate(client, year):
    payload = {"tax_year": year, "status": "single", "income": {"salary": 600000}}
    return client.post(API, json.dumps(payload), content_type="application/json")


def test_a_year_is_offered_once_a_second_editor_approves_it(client, sign_in, user_for):
    rules = TaxYearRulesFactory(tax_year=2569, draft=True)
    author, approver = user_for("editor"), user_with_role("editor")
    changed = {**shipped(2569), "tax_year": 2569}
    changed["allowances"][0]["amount"] = "60000.00"
    assert edit(sign_in(author), rules, changed).status_code == 302
    rules.refresh_from_db()
    assert rules.edited_by == author and not rules.is_approved
    assert estimate(client, 2569).status_code == 400

    # The author cannot approve.
    response = sign_in(author).post(approve_url(rules))
    assert response.status_code == 302
    rules.refresh_from_db()
    assert not rules.is_approved

    # Another editor can.
    assert sign_in(approver).get(approve_url(rules)).status_code == 200
    sign_in(approver).post(approve_url(rules))
    rules.refresh_from_db()
    assert rules.approved_by == approver and rules.is_approved
    assert estimate(client, 2569).status_code == 200


def test_an_edit_puts_an_approved_year_back_to_draft(sign_in, user_for):
    rules = TaxYearRulesFactory()
    data = shipped(2568)
    data["note"] = "แก้ไขหมายเหตุ"
    edit(sign_in("editor"), rules, data)
    rules.refresh_from_db()
    assert not rules.is_approved and rules.edited_by == user_for("editor")


@pytest.mark.parametrize("role", ["citizen", "staff", "moderator", "judge", "manager"])
def test_only_editors_approve(sign_in, role):
    rules = TaxYearRulesFactory(tax_year=2569, draft=True)
    response = sign_in(role).post(approve_url(rules))
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "/admin/login/" in response["Location"] or response["Location"] == "/admin/"
    rules.refresh_from_db()
    assert not rules.is_approved


def test_rules_with_problems_are_refused_with_clear_errors(sign_in):
    rules = TaxYearRulesFactory(tax_year=2569, draft=True)
    broken = shipped(2569)
    broken["brackets"]["rows"][2]["upto"] = "100"
    del broken["allowances"][0]["source"]
    broken["allowances"][1]["kind"] = "percent"
    response = edit(sign_in("editor"), rules, broken)
    assert response.status_code == 200
    body = response.content.decode()
    assert "brackets.rows.2.upto" in body
    assert "allowances.0.source" in body
    assert "allowances.1.kind" in body
    rules.refresh_from_db()
    assert rules.data == {**shipped(2568), "tax_year": 2569}


def test_json_that_does_not_parse_is_refused(sign_in):
    rules = TaxYearRulesFactory(tax_year=2569, draft=True)
    response = sign_in("editor").post(
        f"{LIST}edit/{rules.pk}/", {"tax_year": 2569, "data": "{not json"}
    )
    assert response.status_code == 200
    assert TaxYearRules.objects.get(pk=rules.pk).data["tax_year"] == 2569


def test_the_rules_year_must_match_the_record(sign_in):
    rules = TaxYearRulesFactory(tax_year=2569, draft=True)
    response = edit(sign_in("editor"), rules, shipped(2568))
    assert response.status_code == 200
    assert "tax_year" in response.content.decode()


def test_editors_see_the_listing_with_an_approve_button(sign_in):
    rules = TaxYearRulesFactory(tax_year=2569, draft=True)
    body = sign_in("editor").get(LIST).content.decode()
    assert approve_url(rules) in body


def test_shipped_rules_are_valid():
    from taxcompass.models.rules import validate_rules

    for year in (2568, 2569):
        validate_rules(shipped(year))


def test_the_edit_page_offers_approval_to_the_second_editor_only(sign_in, user_for):
    rules = TaxYearRulesFactory(tax_year=2569, draft=True, edited_by=user_for("editor"))
    edit_url = f"{LIST}edit/{rules.pk}/"
    assert approve_url(rules) not in sign_in("editor").get(edit_url).content.decode()
    other = sign_in(user_with_role("editor"))
    assert approve_url(rules) in other.get(edit_url).content.decode()


def test_approving_or_editing_a_year_purges_the_compass_page(
    site,
    sign_in,
    user_for,
    purges,
    django_capture_on_commit_callbacks,
):
    compass = TaxCompassPageFactory(parent=site.home)
    rules = TaxYearRulesFactory(tax_year=2569, draft=True, edited_by=user_for("editor"))
    with django_capture_on_commit_callbacks(execute=True):
        sign_in(user_with_role("editor")).post(approve_url(rules))
    assert compass.url in purges
    purges.clear()
    with django_capture_on_commit_callbacks(execute=True):
        edit(sign_in("editor"), rules, {**shipped(2569), "note": "แก้ไข"})
    assert compass.url in purges

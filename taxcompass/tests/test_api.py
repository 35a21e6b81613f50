"""POST /api/tax-compass/estimate/: answers, per-field errors, language and throttle."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import throttle
from taxcompass import api

URL = "/api/tax-compass/estimate/"
EXAMPLE = {
    "tax_year": 2568,
    "status": "single",
    "income": {"salary": 600000},
    "allowances": {
        "social_security": 9000,
        "life_insurance": 20000,
        "rmf": 50000,
        "children": 0,
        "parents": 0,
    },
    "donations": {"general": 0, "education": 0},
    "withholding": 0,
}


def post(client, payload, **headers):
    body = payload if isinstance(payload, (str, bytes)) else json.dumps(payload)
    return client.post(URL, body, content_type="application/json", **headers)


def with_fields(**changes):
    payload = json.loads(json.dumps(EXAMPLE))
    for path, value in changes.items():
        group, _, key = path.partition("__")
        if key:
            payload[group][key] = value
        else:
            payload[group] = value
    return payload


def test_the_example(client, rules):
    # Expenses 100,000; personal 60,000 + SS 9,000 + life 20,000 + RMF 50,000
    # (30% of 600,000 = 180,000 allows it) = 139,000. Net 361,000.
    # Tax 7,500 + 61,000 × 10% = 6,100 → 13,600.00.
    response = post(client, EXAMPLE, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    answer = response.json()
    assert answer["assessable_income"] == "600000.00"
    assert answer["expenses"] == "100000.00"
    assert answer["allowances_total"] == "139000.00"
    assert answer["net_income"] == "361000.00"
    assert answer["tax"] == "13600.00"
    assert answer["withholding"] == "0.00"
    assert answer["balance"] == "13600.00"
    step = next(s for s in answer["steps"] if s["key"] == "allowance.life_insurance")
    assert step == {
        "key": "allowance.life_insurance",
        "label": "Life insurance premiums",
        "amount": "20000.00",
        "cap": "100000.00",
        "capped": False,
        "reason": step["reason"],
        "source": "https://www.rd.go.th/555.html",
    }


def test_missing_keys_are_zero_and_thai_digits_are_read(client, rules):
    payload = {"tax_year": "๒๕๖๘", "status": "single", "income": {"salary": "๖๐๐,๐๐๐"}}
    answer = post(client, payload).json()
    # Net 600,000 - 100,000 - 60,000 = 440,000 → 7,500 + 14,000 = 21,500.
    assert answer["tax"] == "21500.00"


def test_an_allowance_above_its_cap_is_capped_with_the_reason(client, rules):
    answer = post(client, with_fields(allowances__life_insurance=250000)).json()
    step = next(s for s in answer["steps"] if s["key"] == "allowance.life_insurance")
    assert step["amount"] == "100000.00" and step["capped"]
    assert "100,000" in step["reason"]


def test_withholding_above_income_warns(client, rules):
    answer = post(client, with_fields(withholding=700000)).json()
    assert answer["warnings"]
    assert answer["balance"] == "-686400.00"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"income__salary": -1}, "income.salary"),
        ({"income__salary": "หกแสน"}, "income.salary"),
        ({"income__salary": 10**12 + 1}, "income.salary"),
        ({"income__salary": "1.005"}, "income.salary"),
        ({"income__salary": True}, "income.salary"),
        ({"allowances__children": 21}, "allowances.children"),
        ({"allowances__children": 1.5}, "allowances.children"),
        ({"withholding": "NaN"}, "withholding"),
        ({"donations__general": [1]}, "donations.general"),
        ({"status": "widowed"}, "status"),
        ({"tax_year": 2570}, "tax_year"),
        ({"tax_year": 2569}, "tax_year"),
        ({"income": 5}, "income"),
        ({"income__lottery": 5}, "income.lottery"),
        ({"non_resident": True}, "non_resident"),
        ({"foreign_income": True}, "foreign_income"),
    ],
)
def test_bad_input_answers_400_with_each_fields_error(client, rules, changes, field):
    response = post(client, with_fields(**changes))
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert field in errors and all(isinstance(m, str) and m for m in errors[field])


def test_second_children_need_a_first(client, rules):
    payload = with_fields(allowances__children=1)
    payload["allowances"]["children_2561"] = 1
    assert "allowances.children_2561" in post(client, payload).json()["errors"]


def test_an_unapproved_year_says_so(client, rules):
    errors = post(client, with_fields(tax_year=2569), HTTP_ACCEPT_LANGUAGE="en").json()["errors"]
    assert errors["tax_year"] == [
        "There are no approved rules for tax year 2569 yet: choose another year."
    ]


def test_non_residents_are_sent_to_the_revenue_department(client, rules):
    errors = post(client, with_fields(non_resident=True)).json()["errors"]
    assert "https://www.rd.go.th/" in errors["non_resident"][0]


def test_errors_come_in_the_requests_language(client, rules):
    payload = with_fields(status="widowed")
    english = post(client, payload, HTTP_ACCEPT_LANGUAGE="en").json()["errors"]
    thai = post(client, payload, HTTP_ACCEPT_LANGUAGE="th").json()["errors"]
    assert english["status"][0].startswith("Select a valid choice")
    assert thai["status"][0] != english["status"][0]


@pytest.mark.parametrize("body", ["not json", "[1, 2]", b"\xff\xfe"])
def test_a_body_that_is_not_a_json_object(client, rules, body):
    response = post(client, body)
    assert response.status_code == 400
    assert "__all__" in response.json()["errors"]


def test_get_is_not_allowed(client, rules):
    assert client.get(URL).status_code == 405


def test_the_api_stores_nothing_and_needs_no_csrf_token(rules, django_assert_max_num_queries):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    # The throttle's upsert and the approved years: nothing else.
    with django_assert_max_num_queries(2):
        assert post(client, EXAMPLE).status_code == 200


def test_too_many_requests_answer_429(client, rules, monkeypatch):
    monkeypatch.setattr(api, "LIMIT", 2)
    assert post(client, EXAMPLE).status_code == 200
    assert post(client, EXAMPLE).status_code == 200
    response = post(client, EXAMPLE)
    assert response.status_code == 429
    assert response.json()["errors"]["__all__"]
    throttle.reset(throttle.key("taxcompass", "127.0.0.1"))


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=30)
    | st.sampled_from(["๑๒,๐๐๐", "9" * 5000, "1e999999", "²", "-0", "NaN", "2568", "single"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=10), inner),
    max_leaves=10,
)
field_names = st.sampled_from(
    [
        "tax_year",
        "status",
        "withholding",
        "senior_or_disabled",
        "salary_period",
        "non_resident",
        "income",
        "allowances",
        "donations",
        "actual_expenses",
        "stimulus",
    ]
)
groups = st.fixed_dictionaries(
    {},
    optional={
        "income": st.dictionaries(st.sampled_from(["salary", "business", "x"]), json_values),
        "allowances": st.dictionaries(st.sampled_from(["children", "rmf", "parents"]), json_values),
    },
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(fields=st.dictionaries(field_names, json_values, max_size=6), nested=groups)
def test_any_json_answers_200_or_400_never_500(client, rules, fields, nested, monkeypatch):
    monkeypatch.setattr(api, "LIMIT", 10**9)
    response = post(client, {**EXAMPLE, **fields, **nested})
    assert response.status_code in (200, 400)
    if response.status_code == 400:
        assert response.json()["errors"]


def test_40_8_income_with_actual_expenses_instead_of_the_flat_rate(client, rules):
    # 40(8) 1,000,000: the flat 60% would be 600,000; actual expenses 700,000 are
    # deducted instead. Personal 60,000 → net 240,000 → 4,500; 0.5% of 1,000,000
    # = 5,000 is exempt (5,000 or less), so the tax is 4,500.00.
    payload = {
        "tax_year": 2568,
        "status": "single",
        "income": {"business": "1,000,000"},
        "actual_expenses": {"business": "๗๐๐,๐๐๐"},
    }
    answer = post(client, payload).json()
    step = next(s for s in answer["steps"] if s["key"] == "expense.business")
    assert step["amount"] == "700000.00" and not step["capped"]
    assert step["source"] == "https://www.rd.go.th/59670.html"
    assert answer["expenses"] == "700000.00"
    assert answer["tax"] == "4500.00"
    flat = post(client, {**payload, "actual_expenses": {}}).json()
    assert flat["expenses"] == "600000.00"


def test_actual_expenses_are_at_most_the_income(client, rules):
    payload = {
        "tax_year": 2568,
        "status": "single",
        "income": {"business": 100000},
        "actual_expenses": {"business": 250000},
    }
    step = next(s for s in post(client, payload).json()["steps"] if s["key"] == "expense.business")
    assert step["amount"] == "100000.00" and step["capped"]


def test_provident_fund_contributions_answer_exempt_income_and_an_allowance(client, rules):
    payload = with_fields(allowances__provident_fund=60000)
    answer = post(client, payload).json()
    keys = {s["key"]: s for s in answer["steps"]}
    assert keys["exemption.provident_fund"]["amount"] == "50000.00"
    assert keys["allowance.provident_fund"]["amount"] == "10000.00"
    assert answer["exempt_income"] == "50000.00"
    assert keys["exemption.provident_fund"]["source"].startswith("https://")

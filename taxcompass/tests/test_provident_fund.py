"""Provident fund and GPF contributions under the 2568 rules: at most 15% of the
wages and 500,000 baht; the first 10,000 baht is an allowance and the rest income
exempt from tax, taken from the wages before the 40(1) expenses; with pension
insurance, RMF and the National Savings Fund at most 500,000 baht together
(Revenue Department, allowances page cited by the rules: https://www.rd.go.th/555.html)."""

import copy
from decimal import Decimal as D
from importlib import import_module

from django.apps import apps

from taxcompass.engine import estimate
from taxcompass.forms import EstimateForm
from taxcompass.rules import shipped
from taxcompass.schema import problems
from taxcompass.tax_table import Rules
from taxcompass.trace import Situation

RULES = Rules.from_data(shipped(2568))
SOURCE = "https://www.rd.go.th/555.html"


def run(salary, provident_fund, **fields):
    allowances = {"provident_fund": D(provident_fund), **fields.pop("allowances", {})}
    situation = Situation(
        status="single", income={"salary": D(salary)}, allowances=allowances, **fields
    )
    return estimate(RULES, situation)


def steps(answer):
    return {step.key: step for step in answer.steps}


def test_the_first_10000_is_an_allowance_and_the_rest_exempt_income():
    # Salary 600,000; contributions 60,000 (10% of wages, within 15% = 90,000).
    # Exempt 50,000 → 550,000 left; expenses 50% capped at 100,000.
    # Allowances: personal 60,000 + provident fund 10,000 = 70,000.
    # Net 600,000 - 50,000 - 100,000 - 70,000 = 380,000 → 7,500 + 8,000 = 15,500.00.
    answer = run(600000, 60000)
    made = steps(answer)
    assert made["exemption.provident_fund"].amount == D("50000.00")
    assert made["allowance.provident_fund"].amount == D("10000.00")
    assert made["exemption.provident_fund"].source == SOURCE
    assert made["allowance.provident_fund"].source == SOURCE
    assert answer.exempt_income == D("50000.00")
    assert answer.allowances_total == D("70000.00")
    assert answer.net_income == D("380000.00")
    assert answer.tax == D("15500.00")
    # The exemption comes before the expenses in the calculation.
    keys = [step.key for step in answer.steps]
    assert keys.index("exemption.provident_fund") < keys.index("expense.employment")


def test_the_exempt_part_lowers_the_expenses_below_their_cap():
    # Salary 220,000; contributions 33,000 (15%): exempt 23,000 → 197,000 left;
    # expenses 50% = 98,500 (under the 100,000 cap).
    answer = run(220000, 33000)
    assert answer.exempt_income == D("23000.00")
    assert answer.expenses == D("98500.00")


def test_contributions_above_15_percent_of_wages_are_capped():
    # Salary 600,000: 15% = 90,000. Contributions 120,000 count as 90,000:
    # allowance 10,000, exempt 80,000.
    made = steps(run(600000, 120000))
    assert made["exemption.provident_fund"].amount == D("80000.00")
    assert made["exemption.provident_fund"].cap == D("80000.00")
    allowance = made["allowance.provident_fund"]
    assert allowance.amount == D("10000.00") and allowance.capped
    assert allowance.params["limit"] == D("90000.00")


def test_small_contributions_are_an_allowance_only():
    made = steps(run(100000, 6000))
    assert "exemption.provident_fund" not in made
    assert made["allowance.provident_fund"].amount == D("6000.00")


def test_without_wages_nothing_counts():
    situation = Situation(
        status="single",
        income={"business": D(1000000)},
        allowances={"provident_fund": D(50000)},
    )
    made = steps(estimate(RULES, situation))
    assert "exemption.provident_fund" not in made
    assert made["allowance.provident_fund"].amount == D("0.00")
    assert made["allowance.provident_fund"].capped


def test_the_retirement_group_holds_the_exempt_part_and_cuts_the_others():
    # Salary 3,000,000: contributions 450,000 (15%) → exempt 440,000 + allowance
    # 10,000. RMF 200,000 (30% = 900,000 allows it). Together 650,000 > 500,000:
    # the RMF, listed after the provident fund, is cut by 150,000 to 50,000.
    answer = run(3000000, 450000, allowances={"rmf": D(200000)})
    made = steps(answer)
    assert made["exemption.provident_fund"].amount == D("440000.00")
    assert made["allowance.provident_fund"].amount == D("10000.00")
    assert made["allowance.rmf"].amount == D("50000.00") and made["allowance.rmf"].capped
    assert made["allowance.rmf"].params["shared_cap"] == D(500000)


def test_with_the_65_or_over_exemption():
    # Salary 400,000, contributions 40,000: exempt 30,000, then 190,000 for 65+
    # → 180,000 left; expenses 90,000; allowances 60,000 + 10,000.
    # Net 400,000 - 220,000 - 90,000 - 70,000 = 20,000 → tax 0.
    answer = run(400000, 40000, senior_or_disabled=True)
    assert answer.exempt_income == D("220000.00")
    assert answer.expenses == D("90000.00")
    assert answer.net_income == D("20000.00")


def test_a_fund_rule_needs_its_wages_and_allowance():
    data = shipped(2568)
    index = next(i for i, r in enumerate(data["allowances"]) if r["key"] == "provident_fund")
    rule = data["allowances"][index]
    del rule["allowance_cap"]
    rule["wages"] = ["lottery"]
    paths = {path for path, _message, _params in problems(data)}
    assert {f"allowances.{index}.allowance_cap", f"allowances.{index}.wages"} <= paths
    rule["wages"] = []
    assert f"allowances.{index}.wages" in {path for path, *_ in problems(data)}


def test_the_field_says_how_contributions_count():
    form = EstimateForm(years={2568: RULES}, rules=RULES)
    help_text = str(form.fields["allowances.provident_fund"].help_text)
    assert "15" in help_text and "10,000" in help_text and "500,000" in help_text


def test_the_data_migration_replaces_the_shipped_simplification(rules):
    simplified = copy.deepcopy(rules.data)
    for index, rule in enumerate(simplified["allowances"]):
        if rule["key"] == "provident_fund":
            simplified["allowances"][index] = {
                "key": "provident_fund",
                "kind": "percent",
                "rate": "15",
                "cap": "500000",
                "source": SOURCE,
                "note": "Simplified: 15% of assessable income; as first shipped.",
            }
    rules.data = simplified
    rules.save()
    import_module("taxcompass.migrations.0003_provident_fund_rule").load(apps, None)
    rules.refresh_from_db()
    rule = next(r for r in rules.data["allowances"] if r["key"] == "provident_fund")
    assert rule["kind"] == "fund" and rule["wages"] == ["salary"]
    assert rules.approved_at is not None and "0003" in rules.approval_note

"""Worked examples under the 2568 rules, equal to the satang, with the arithmetic.

Brackets: 0-150,000 exempt; 5% to 300,000 (7,500); 10% to 500,000 (20,000);
15% to 750,000 (37,500); 20% to 1,000,000 (50,000); 25% to 2,000,000 (250,000);
30% to 5,000,000 (900,000); 35% above.
"""

import subprocess
import sys
from decimal import Decimal as D
from pathlib import Path

import pytest

from taxcompass.engine import estimate
from taxcompass.rules import shipped
from taxcompass.tax_table import Rules
from taxcompass.trace import Situation

RULES = Rules.from_data(shipped(2568))
ROOT = Path(__file__).resolve().parents[2]


def run(status="single", **fields):
    return estimate(RULES, Situation(status=status, **fields))


def amounts(answer):
    return {step.key: step.amount for step in answer.steps}


def test_salary_600000_with_social_security():
    # Expenses 50% = 300,000, capped at 100,000; personal 60,000; SS 9,000.
    # Net 600,000 - 100,000 - 69,000 = 431,000.
    # Tax 150,000 × 5% = 7,500 + 131,000 × 10% = 13,100 → 20,600.00.
    answer = run(income={"salary": D(600000)}, allowances={"social_security": D(9000)})
    assert answer.expenses == D("100000.00")
    assert answer.allowances_total == D("69000.00")
    assert answer.net_income == D("431000.00")
    assert answer.tax == D("20600.00")
    assert answer.balance == D("20600.00")
    assert [s.amount for s in answer.steps if s.group == "bracket"] == [
        D("0.00"),
        D("7500.00"),
        D("13100.00"),
    ]
    assert answer.marginal_rate == D(10)
    # Net 421,000 instead: 10% of 10,000 less.
    assert answer.saving_per_extra_allowance == D("1000.00")
    assert answer.form == "pnd91" and not answer.mid_year


def test_insurance_caps_and_the_shared_life_and_health_cap():
    # Salary 1,200,000: expenses 100,000. Personal 60,000, SS 9,000.
    # Life 120,000 → 100,000 (cap); health 30,000 → 25,000 (cap); together 125,000
    # > 100,000 → health cut to 0. RMF 400,000 → 30% of 1,200,000 = 360,000.
    # Allowances 60,000 + 9,000 + 100,000 + 0 + 360,000 = 529,000.
    # Net 1,200,000 - 100,000 - 529,000 = 571,000.
    # Tax 7,500 + 20,000 + 71,000 × 15% = 10,650 → 38,150.00.
    answer = run(
        income={"salary": D(1200000)},
        allowances={
            "social_security": D(9000),
            "life_insurance": D(120000),
            "health_insurance": D(30000),
            "rmf": D(400000),
        },
    )
    steps = amounts(answer)
    assert steps["allowance.life_insurance"] == D("100000.00")
    assert steps["allowance.health_insurance"] == D("0.00")
    assert steps["allowance.rmf"] == D("360000.00")
    assert answer.net_income == D("571000.00")
    assert answer.tax == D("38150.00")


def test_family_allowances_and_a_refund():
    # Spouse without income; 2 children, the second born 2562; 3 parents (4 allowed).
    # Expenses 100,000. Personal 60,000 + spouse 60,000 + first child 30,000
    # + second child 60,000 + parents 3 × 30,000 = 90,000 → 300,000.
    # Net 900,000 - 100,000 - 300,000 = 500,000 → tax 7,500 + 20,000 = 27,500.
    # Withholding 40,000 → refund 12,500.
    answer = run(
        status="spouse_no_income",
        income={"salary": D(900000)},
        allowances={"children": 2, "children_2561": 1, "parents": 3},
        withholding=D(40000),
    )
    steps = amounts(answer)
    assert steps["allowance.spouse"] == D("60000.00")
    assert steps["allowance.children"] == D("30000.00")
    assert steps["allowance.children_2561"] == D("60000.00")
    assert steps["allowance.parents"] == D("90000.00")
    assert answer.tax == D("27500.00")
    assert answer.balance == D("-12500.00")


def test_single_people_claim_two_parents_at_most():
    answer = run(income={"salary": D(900000)}, allowances={"parents": 3})
    step = next(s for s in answer.steps if s.key == "allowance.parents")
    assert step.amount == D("60000.00") and step.capped and step.cap == D("60000.00")
    assert "spouse" not in {s.key.split(".")[-1] for s in answer.steps}


def test_donations_are_capped_after_the_other_allowances():
    # Salary 500,000: expenses 100,000, personal 60,000 → 340,000 left.
    # Political 5,000 (cap 10,000) → 335,000 left.
    # Education 20,000 counted twice = 40,000, cap 10% of 335,000 = 33,500 → 301,500 left.
    # General 10,000, cap 30,150 → 10,000.
    # Net 500,000 - 100,000 - (60,000 + 5,000 + 33,500 + 10,000) = 291,500.
    # Tax 141,500 × 5% = 7,075.00.
    answer = run(
        income={"salary": D(500000)},
        donations={"political": D(5000), "education": D(20000), "general": D(10000)},
    )
    steps = amounts(answer)
    assert steps["donation.political"] == D("5000.00")
    assert steps["donation.education"] == D("33500.00")
    assert steps["donation.general"] == D("10000.00")
    assert answer.net_income == D("291500.00")
    assert answer.tax == D("7075.00")


def test_the_half_percent_method_within_5000_is_not_used():
    # 40(8) 1,000,000, flat 60% = 600,000; personal 60,000 → net 340,000.
    # Brackets 7,500 + 40,000 × 10% = 4,000 → 11,500. 0.5% of 1,000,000 = 5,000:
    # 5,000 or less is exempt, so the tax is 11,500.00.
    answer = run(income={"business": D(1000000)})
    assert amounts(answer)["expense.business"] == D("600000.00")
    assert answer.tax == D("11500.00") and answer.method == "progressive"
    assert answer.form == "pnd90" and answer.mid_year


def test_the_half_percent_method_when_larger():
    # 40(8) 4,000,000 with actual expenses 3,900,000; personal 60,000 → net 40,000 → 0.
    # 0.5% of 4,000,000 = 20,000 > 5,000 and > 0 → tax 20,000.00.
    answer = run(income={"business": D(4000000)}, actual_expenses={"business": D(3900000)})
    assert answer.progressive_tax == D("0.00")
    assert answer.tax == D("20000.00") and answer.method == "minimum"


def test_rent_with_salary():
    # Salary 300,000: 50% = 150,000 → 100,000. Rent of a house 300,000: 30% = 90,000.
    # Personal 60,000. Net 600,000 - 190,000 - 60,000 = 350,000 → 7,500 + 5,000 = 12,500.
    # Other than 40(1): 300,000 ≥ 120,000, 0.5% = 1,500 ≤ 5,000 → not used.
    answer = run(income={"salary": D(300000), "rent_building": D(300000)})
    assert amounts(answer)["expense.rent_building"] == D("90000.00")
    assert answer.tax == D("12500.00")
    assert "minimum_tax" in amounts(answer)


def test_aged_65_or_disabled():
    # Salary 400,000, 190,000 exempt → 210,000; 50% = 105,000 → 100,000;
    # personal 60,000 → net 50,000 → tax 0.
    answer = run(income={"salary": D(400000)}, senior_or_disabled=True)
    assert answer.exempt_income == D("190000.00")
    assert answer.net_income == D("50000.00")
    assert answer.tax == D("0.00")


def test_the_top_bracket():
    # Salary 6,000,000: net 6,000,000 - 100,000 - 60,000 = 5,840,000.
    # 7,500 + 20,000 + 37,500 + 50,000 + 250,000 + 900,000 + 840,000 × 35% = 294,000
    # → 1,559,000.00.
    answer = run(income={"salary": D(6000000)})
    assert answer.tax == D("1559000.00")
    assert answer.marginal_rate == D(35)


def test_satang():
    # Salary 500,000.50: net 340,000.50 → 7,500 + 40,000.50 × 10% = 4,000.05 → 11,500.05.
    answer = run(income={"salary": D("500000.50")})
    assert answer.tax == D("11500.05")


def test_withholding_above_income_is_a_warning():
    answer = run(income={"salary": D(100000)}, withholding=D(200000))
    assert answer.warnings
    assert answer.balance == D("-200000.00")


def test_retirement_group_is_capped_at_500000():
    # RMF 500,000 (30% of 3,000,000 = 900,000 → cap 500,000) and pension 200,000
    # (15% = 450,000 → cap 200,000): together 700,000 → cut back to 500,000.
    answer = run(
        income={"salary": D(3000000)},
        allowances={"rmf": D(500000), "pension_insurance": D(200000)},
    )
    steps = amounts(answer)
    assert steps["allowance.pension_insurance"] + steps["allowance.rmf"] == D("500000.00")


def test_rules_with_problems_are_refused():
    broken = shipped(2568)
    broken["brackets"]["rows"][1]["upto"] = "100"
    with pytest.raises(ValueError, match=r"brackets\.rows\.1\.upto"):
        Rules.from_data(broken)


# The Revenue Department's table of personal income tax rates (อัตราภาษีเงินได้
# บุคคลธรรมดา, https://www.rd.go.th/59670.html, the source the 2568 rules cite):
# its last column, the highest cumulative tax of each row (ภาษีสะสมสูงสุดของขั้น).
@pytest.mark.parametrize(
    ("net", "tax"),
    [
        (150000, "0.00"),
        (300000, "7500.00"),
        (500000, "27500.00"),
        (750000, "65000.00"),
        (1000000, "115000.00"),
        (2000000, "365000.00"),
        (5000000, "1265000.00"),
    ],
    ids=lambda value: str(value),
)
def test_the_revenue_departments_table_of_cumulative_tax(net, tax):
    # Net income = salary - 100,000 expenses - 60,000 personal allowance.
    answer = run(income={"salary": D(net) + D(160000)})
    assert answer.net_income == D(net)
    assert answer.tax == D(tax)


def test_the_engine_needs_no_django():
    check = (
        "import sys, taxcompass.engine; "
        "sys.exit(' '.join(m for m in sys.modules if m.split('.')[0] == 'django') or None)"
    )
    done = subprocess.run(
        [sys.executable, "-c", check], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr

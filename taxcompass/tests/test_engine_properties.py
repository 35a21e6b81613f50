"""Properties of the engine under the shipped 2568 rules, with hypothesis."""

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from taxcompass.engine import estimate
from taxcompass.forms import ADVANCED_INCOME
from taxcompass.rules import shipped
from taxcompass.tax_table import ZERO, Rules, percent
from taxcompass.trace import Situation
from taxcompass.vocabulary import ALLOWANCES, AMOUNT, DONATION_TYPES, INCOME_TYPES, STATUSES

RULES = Rules.from_data(shipped(2568))
PERCENT_LIMITED = {r["key"] for r in RULES.data["allowances"] if r["kind"] in ("percent", "fund")}
FUNDS = [r for r in RULES.data["allowances"] if r["kind"] == "fund"]

baht = st.decimals(min_value=0, max_value=10**8, places=2, allow_nan=False)
incomes = st.dictionaries(st.sampled_from(list(INCOME_TYPES)), baht, max_size=4)
paid = st.dictionaries(
    st.sampled_from([k for k, v in ALLOWANCES.items() if v[0] == AMOUNT]), baht, max_size=6
)
counts = st.fixed_dictionaries(
    {"children": st.integers(0, 20), "parents": st.integers(0, 6)},
    optional={"disabled_dependants": st.integers(0, 5)},
)
donations = st.dictionaries(st.sampled_from(list(DONATION_TYPES)), baht, max_size=3)
actual_expenses = st.dictionaries(st.sampled_from(ADVANCED_INCOME), baht, max_size=2)


@st.composite
def situations(draw, allowances=paid):
    claimed = {**draw(allowances), **draw(counts)}
    claimed["children_2561"] = draw(st.integers(0, max(claimed["children"] - 1, 0)))
    return Situation(
        status=draw(st.sampled_from(list(STATUSES))),
        income=draw(incomes),
        actual_expenses=draw(actual_expenses),
        senior_or_disabled=draw(st.booleans()),
        allowances=claimed,
        donations=draw(donations),
        withholding=draw(baht),
    )


def total(answer, *groups):
    return sum((s.amount for s in answer.steps if s.group in groups), ZERO)


@settings(max_examples=300, deadline=None)
@given(situations())
def test_the_trace_adds_up(situation):
    answer = estimate(RULES, situation)
    assert total(answer, "income") == answer.assessable_income
    assert total(answer, "exemption") == answer.exempt_income
    assert total(answer, "expense") == answer.expenses
    assert total(answer, "allowance", "stimulus", "donation") == answer.allowances_total
    assert answer.net_income == max(
        ZERO,
        answer.assessable_income - answer.exempt_income - answer.expenses - answer.allowances_total,
    )
    assert total(answer, "bracket") == answer.progressive_tax
    assert answer.tax >= answer.progressive_tax
    if answer.method == "minimum":
        assert answer.tax == next(s.amount for s in answer.steps if s.key == "minimum_tax")
    assert answer.balance == answer.tax - answer.withholding
    for step in answer.steps:
        assert step.amount == step.amount.quantize(Decimal("0.01"))


@settings(max_examples=300, deadline=None)
@given(situations())
def test_no_cap_is_exceeded_and_shared_caps_hold(situation):
    answer = estimate(RULES, situation)
    by_key = {}  # a fund's exempt and allowance parts add up under its key
    for step in answer.steps:
        key = step.key.split(".", 1)[-1]
        by_key[key] = by_key.get(key, ZERO) + step.amount
        if step.cap is not None:
            assert step.amount <= step.cap, step.key
        assert step.amount >= 0 or step.key == "balance"
    for shared in RULES.data["shared_caps"]:
        members = sum((by_key.get(key, ZERO) for key in shared["members"]), ZERO)
        assert members <= Decimal(shared["cap"])
    for rule in RULES.data["allowances"]:
        if "cap" in rule:
            assert by_key.get(rule["key"], ZERO) <= Decimal(rule["cap"])
    for rule in FUNDS:
        wages = sum((situation.income.get(key, ZERO) for key in rule["wages"]), ZERO)
        assert by_key.get(rule["key"], ZERO) <= percent(wages, Decimal(rule["rate"]))
    for step in answer.steps:
        if step.group == "expense" and step.params.get("method") == "actual":
            assert step.amount <= situation.income[step.key.split(".", 1)[-1]]


# Allowances limited to a percentage of income are left out: below the 40(1)
# expense cap their limits can grow faster than the income itself, in the law
# as in the engine.
@settings(max_examples=300, deadline=None)
@given(
    situations(
        allowances=st.dictionaries(
            st.sampled_from(
                [k for k, v in ALLOWANCES.items() if v[0] == AMOUNT and k not in PERCENT_LIMITED]
            ),
            baht,
            max_size=6,
        )
    ),
    st.sampled_from(list(INCOME_TYPES)),
    baht,
)
def test_tax_never_falls_as_income_rises(situation, income_type, more):
    before = estimate(RULES, situation).tax
    income = dict(situation.income)
    income[income_type] = income.get(income_type, ZERO) + more
    situation.income = income
    assert estimate(RULES, situation).tax >= before

"""The personal income tax estimate: plain Python ``Decimal``, rounded to the satang.

``estimate(rules, situation)`` returns an :class:`Answer` whose ``steps`` are the
calculation as data, in order: income, exempt income (fund contributions
above their allowance part, the 65+ exemption), expenses, each allowance with its
cap and why (:mod:`taxcompass.allowance_steps`), donations, net income, the tax on each bracket
row, the 0.5% method, tax due, withholding and the balance. A step's ``label``
and ``reason`` are msgids (``reason`` formatted with ``params``) for the caller
to translate; no Django here.
"""

from decimal import Decimal

from taxcompass.allowance_steps import AllowanceSteps
from taxcompass.tax_table import (
    HUNDRED,
    ZERO,
    marginal_rate,
    minimum_tax,
    percent,
    progressive_tax,
    satang,
    taxed_rows,
)
from taxcompass.trace import Answer, Step
from taxcompass.vocabulary import (
    DONATION_TYPES,
    INCOME_TYPES,
    MID_YEAR_SECTIONS,
    SALARY,
    gettext_noop,
)

# Why a donation is capped where it is: (a cap in baht, a percentage cap, counted
# more than once) -> reason.
_DONATION_REASONS = {
    (True, False, False): gettext_noop("deductible up to %(cap)s baht"),
    (False, True, False): gettext_noop(
        "up to %(rate)s%% of income after expenses and allowances (%(limit)s baht)"
    ),
    (True, True, False): gettext_noop(
        "up to %(rate)s%% of income after expenses and allowances (%(limit)s baht), "
        "at most %(cap)s baht"
    ),
    (True, False, True): gettext_noop(
        "counted %(multiplier)s times, deductible up to %(cap)s baht"
    ),
    (False, True, True): gettext_noop(
        "counted %(multiplier)s times, up to %(rate)s%% of income after expenses and "
        "allowances (%(limit)s baht)"
    ),
    (True, True, True): gettext_noop(
        "counted %(multiplier)s times, up to %(rate)s%% of income after expenses and "
        "allowances (%(limit)s baht), at most %(cap)s baht"
    ),
}
# "Another 10,000 baht of allowance would save ..."
EXTRA_ALLOWANCE = Decimal(10000)


class _Run(AllowanceSteps):
    def __init__(self, rules, situation):
        self.rules, self.data, self.situation = rules, rules.data, situation
        self.steps, self.warnings = [], []
        self.funds = {}  # fund allowance key -> its tax_table.FundSplit

    def step(self, key, group, label, amount, **extra):
        made = Step(key=key, group=group, label=label, amount=satang(amount), **extra)
        self.steps.append(made)
        return made

    def income(self):
        remaining = {}
        for key, (section, label) in INCOME_TYPES.items():
            amount = self.situation.income.get(key, ZERO)
            if amount > 0:
                self.step(f"income.{key}", "income", label, amount, params={"section": section})
                remaining[key] = amount
        return remaining

    def exemption(self, remaining):
        """The 65+ / disabled exemption, taken from salary first, then in form order."""
        rule = self.data["senior_exemption"]
        if not self.situation.senior_or_disabled or not remaining:
            return
        left = Decimal(rule["amount"])
        total = sum(remaining.values(), ZERO)
        for key in list(remaining):
            taken = min(left, remaining[key])
            remaining[key] -= taken
            left -= taken
        exempt = min(Decimal(rule["amount"]), total)
        self.step(
            "exemption.senior_or_disabled",
            "exemption",
            gettext_noop("Income exempt for people aged 65 or over or disabled"),
            exempt,
            cap=Decimal(rule["amount"]),
            reason=gettext_noop("exempt up to %(cap)s baht"),
            params={"cap": Decimal(rule["amount"])},
            source=rule["source"],
            capped=total > exempt,
        )

    def expenses(self, remaining):
        for rule in self.data["expenses"]:
            base = sum((remaining.get(key, ZERO) for key in rule["incomes"]), ZERO)
            if base <= 0:
                continue
            key = rule["incomes"][0]
            sections = sorted({INCOME_TYPES[k][0] for k in rule["incomes"]})
            params = {"sections": " + ".join(sections), "rate": Decimal(rule["rate"])}
            if len(rule["incomes"]) == 1:
                params["income_label"] = INCOME_TYPES[key][1]
            cap = Decimal(rule["cap"]) if "cap" in rule else None
            actual = self.situation.actual_expenses.get(key)
            if actual is not None and self.rules.actual_allowed(key):
                claimed, cap, params["method"] = actual, None, "actual"
                reason = gettext_noop("actual expenses, at most the income")
            elif cap is not None:
                claimed, params["method"], params["cap"] = (
                    percent(base, params["rate"]),
                    "flat",
                    cap,
                )
                reason = gettext_noop("%(rate)s%% of %(sections)s income, up to %(cap)s baht")
            else:
                claimed, params["method"] = percent(base, params["rate"]), "flat"
                reason = gettext_noop("%(rate)s%% of %(sections)s income")
            amount = min(claimed, base if cap is None else cap)
            self.step(
                f"expense.{rule['key']}",
                "expense",
                gettext_noop("Expenses"),
                amount,
                cap=cap,
                reason=reason,
                params=params,
                source=rule["source"],
                capped=amount < claimed,
            )

    def donations(self, base):
        """Each donation rule in order; a percentage cap is of the income left after
        expenses, allowances and the donations before it."""
        for rule in self.data.get("donations", []):
            key = rule["key"]
            paid = self.situation.donations.get(key, ZERO)
            if paid <= 0:
                continue
            multiplier = Decimal(rule["multiplier"])
            counted = satang(paid * multiplier)
            limits, params = [], {"multiplier": multiplier}
            if "cap" in rule:
                limits.append(Decimal(rule["cap"]))
                params["cap"] = Decimal(rule["cap"])
            if "cap_rate" in rule:
                by_income = percent(max(base, ZERO), Decimal(rule["cap_rate"]))
                limits.append(by_income)
                params.update(rate=Decimal(rule["cap_rate"]), limit=by_income)
            cap = min(limits)
            reason = _DONATION_REASONS["cap" in rule, "cap_rate" in rule, multiplier != 1]
            step = self.step(
                f"donation.{key}",
                "donation",
                DONATION_TYPES[key],
                min(counted, cap),
                cap=cap,
                reason=reason,
                params=params,
                source=rule["source"],
                capped=counted > cap,
            )
            base -= step.amount

    def brackets(self, net):
        tax = ZERO
        source = self.data["brackets"]["source"]
        for number, lower, upper, rate, portion in taxed_rows(self.rules, net):
            params = {"lower": lower, "upper": upper, "rate": rate, "portion": portion}
            reason = (
                gettext_noop("%(rate)s%% of %(portion)s baht (over %(lower)s)")
                if upper is None
                else gettext_noop("%(rate)s%% of %(portion)s baht (%(lower)s to %(upper)s)")
            )
            step = self.step(
                f"bracket.{number}",
                "bracket",
                gettext_noop("Tax on this bracket"),
                percent(portion, rate),
                reason=reason,
                params=params,
                source=source,
            )
            tax += step.amount
        return tax


def estimate(rules, situation):
    """The :class:`Answer` for ``situation`` under ``rules`` (a :class:`Rules`)."""
    run = _Run(rules, situation)
    remaining = run.income()
    assessable = sum(remaining.values(), ZERO)
    run.fund_exemptions(remaining)
    run.exemption(remaining)
    exempt = sum((s.amount for s in run.steps if s.group == "exemption"), ZERO)
    run.expenses(remaining)
    expenses = sum((s.amount for s in run.steps if s.group == "expense"), ZERO)
    run.allowances(assessable)
    deducted = sum((s.amount for s in run.steps if s.group in ("allowance", "stimulus")), ZERO)
    run.donations(assessable - exempt - expenses - deducted)
    allowances_total = sum(
        (s.amount for s in run.steps if s.group in ("allowance", "stimulus", "donation")), ZERO
    )
    net = max(ZERO, assessable - exempt - expenses - allowances_total)
    run.step(
        "net_income",
        "net",
        gettext_noop("Net income"),
        net,
        reason=gettext_noop("assessable income − exempt income − expenses − allowances"),
    )
    progressive = run.brackets(net)
    other = sum((v for k, v in remaining.items() if k != SALARY), ZERO)
    rule = rules.data["minimum_tax"]
    floor = minimum_tax(rules, other)
    method = "minimum" if floor > progressive else "progressive"
    if other >= Decimal(rule["threshold"]):
        run.step(
            "minimum_tax",
            "minimum_tax",
            gettext_noop("The 0.5% method"),
            percent(other, Decimal(rule["rate"])),
            reason=(
                gettext_noop("%(rate)s%% of %(income)s baht of income other than 40(1); used")
                if method == "minimum"
                else gettext_noop(
                    "%(rate)s%% of %(income)s baht of income other than 40(1); "
                    "not used: not larger than the tax by brackets, or %(exempt)s baht or less"
                )
            ),
            params={
                "rate": Decimal(rule["rate"]),
                "income": other,
                "exempt": Decimal(rule["exempt_up_to"]),
            },
            source=rule["source"],
        )
    tax = max(progressive, floor)
    run.step("tax", "tax", gettext_noop("Tax due"), tax)
    withholding = situation.withholding
    if withholding > assessable:
        run.warnings.append(
            (
                gettext_noop(
                    "The withholding tax you entered is larger than your income: "
                    "check it against your 50 ทวิ certificate."
                ),
                {},
            )
        )
    run.step(
        "withholding", "withholding", gettext_noop("Withholding tax already paid"), withholding
    )
    balance = tax - withholding
    run.step(
        "balance",
        "balance",
        gettext_noop("To pay") if balance >= 0 else gettext_noop("To be refunded"),
        balance,
    )
    lower_net = max(ZERO, net - EXTRA_ALLOWANCE)
    saving = tax - max(progressive_tax(rules, lower_net), floor)
    sections = {INCOME_TYPES[key][0] for key in remaining}
    return Answer(
        tax_year=rules.tax_year,
        assessable_income=satang(assessable),
        exempt_income=satang(exempt),
        expenses=satang(expenses),
        allowances_total=satang(allowances_total),
        net_income=satang(net),
        progressive_tax=progressive,
        tax=tax,
        withholding=satang(withholding),
        balance=satang(balance),
        method=method,
        effective_rate=satang(tax * HUNDRED / assessable) if assessable else ZERO,
        marginal_rate=marginal_rate(rules, net),
        saving_per_extra_allowance=satang(saving),
        form="pnd91" if sections <= {"40(1)"} else "pnd90",
        mid_year=bool(sections & MID_YEAR_SECTIONS),
        steps=run.steps,
        warnings=run.warnings,
    )

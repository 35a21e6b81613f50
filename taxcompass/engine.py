"""The personal income tax estimate: plain Python ``Decimal``, rounded to the satang.

``estimate(rules, situation)`` returns an :class:`Answer` whose ``steps`` are the
calculation as data, in order: income, the 65+ exemption, expenses, each
allowance with its cap and why, donations, net income, the tax on each bracket
row, the 0.5% method, tax due, withholding and the balance. A step's ``label``
and ``reason`` are msgids (``reason`` formatted with ``params``) for the caller
to translate; no Django here.
"""

from decimal import Decimal

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
    ALLOWANCES,
    DONATION_TYPES,
    INCOME_TYPES,
    MID_YEAR_SECTIONS,
    PART_OF,
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


def _max_count(rule, status):
    by_status = rule.get("max_count_by_status", {})
    if status in by_status:
        return int(Decimal(by_status[status]))
    return int(Decimal(rule["max_count"])) if "max_count" in rule else None


class _Run:
    def __init__(self, rules, situation):
        self.rules, self.data, self.situation = rules, rules.data, situation
        self.steps, self.warnings = [], []

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
            return ZERO
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
        return exempt

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

    def allowances(self, assessable):
        made = {}
        claimed = self.situation.allowances
        for rule in self.data["allowances"]:
            key = rule["key"]
            label, source, kind = ALLOWANCES[key][2], rule["source"], rule["kind"]
            statuses = rule.get("statuses")
            if statuses and self.situation.status not in statuses:
                continue
            if kind == "fixed":
                made[key] = self.step(
                    f"allowance.{key}",
                    "allowance",
                    label,
                    Decimal(rule["amount"]),
                    reason=gettext_noop("%(amount)s baht"),
                    params={"amount": Decimal(rule["amount"])},
                    source=source,
                )
            elif kind == "per_person":
                count = claimed.get(key, 0) - sum(
                    claimed.get(part, 0) for part, whole in PART_OF.items() if whole == key
                )
                if count <= 0:
                    continue
                each = Decimal(rule["amount"])
                limit = _max_count(rule, self.situation.status)
                counted = count if limit is None else min(count, limit)
                params = {"amount": each, "count": counted}
                reason = gettext_noop("%(amount)s baht each × %(count)s")
                if limit is not None:
                    params["limit"] = limit
                    reason = gettext_noop("%(amount)s baht each × %(count)s (at most %(limit)s)")
                made[key] = self.step(
                    f"allowance.{key}",
                    "allowance",
                    label,
                    each * counted,
                    cap=None if limit is None else each * limit,
                    reason=reason,
                    params=params,
                    source=source,
                    capped=counted < count,
                )
            else:
                paid = claimed.get(key, ZERO)
                if paid <= 0:
                    continue
                made[key] = self._as_paid(key, label, paid, rule, assessable)
        self._stimulus(made)
        self._shared_caps(made)

    def _as_paid(self, key, label, paid, rule, assessable, group="allowance"):
        cap = Decimal(rule["cap"])
        params = {"cap": cap}
        reason = gettext_noop("as paid, deductible up to %(cap)s baht")
        if rule.get("kind") == "percent":
            rate = Decimal(rule["rate"])
            by_income = percent(assessable, rate)
            params.update(rate=rate, limit=by_income)
            reason = gettext_noop(
                "as paid, up to %(rate)s%% of assessable income (%(limit)s baht) "
                "and at most %(cap)s baht"
            )
            cap = min(cap, by_income)
        return self.step(
            f"{group}.{key}",
            group,
            label,
            min(paid, cap),
            cap=cap,
            reason=reason,
            params=params,
            source=rule["source"],
            capped=paid > cap,
        )

    def _stimulus(self, made):
        for rule in self.data.get("stimulus", []):
            paid = self.situation.stimulus.get(rule["key"], ZERO)
            if paid > 0:
                step = self._as_paid(rule["key"], "", paid, rule, ZERO, group="stimulus")
                step.params.update(label_th=rule["label_th"], label_en=rule["label_en"])
                step.params.update({"from": rule["from"], "to": rule["to"]})
                made[rule["key"]] = step

    def _shared_caps(self, made):
        """Members of a shared cap are cut back, the last listed first, until
        together they fit."""
        for rule in self.data.get("shared_caps", []):
            members = [made[key] for key in rule["members"] if key in made]
            cap = Decimal(rule["cap"])
            excess = sum((step.amount for step in members), ZERO) - cap
            for step in reversed(members):
                if excess <= 0:
                    break
                cut = min(excess, step.amount)
                step.amount -= cut
                excess -= cut
                step.capped = True
                step.reason = gettext_noop(
                    "reduced so that %(members)s together stay within %(shared_cap)s baht"
                )
                step.params = {
                    **step.params,
                    "members": rule["members"],
                    "shared_cap": cap,
                    "shared_source": rule["source"],
                }

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
    exempt = run.exemption(remaining)
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

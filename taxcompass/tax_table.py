"""A year's tax table: the rules data the engine reads, the bracket rows, the
0.5% method and the rounding to the satang. Plain Python."""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from taxcompass import schema

ZERO = Decimal(0)
SATANG = Decimal("0.01")
HUNDRED = Decimal(100)


def satang(value):
    return Decimal(value).quantize(SATANG, rounding=ROUND_HALF_UP)


def percent(value, rate):
    return satang(value * rate / HUNDRED)


@dataclass
class Rules:
    """A year's rules read from its data (valid by :func:`schema.problems`)."""

    data: dict

    @classmethod
    def from_data(cls, data):
        found = schema.problems(data)
        if found:
            path, message, params = found[0]
            raise ValueError(f"{path}: {message % params if params else message}")
        return cls(data)

    @property
    def tax_year(self):
        return self.data["tax_year"]

    def actual_allowed(self, income_key):
        rule = self._expense_rule(income_key)
        return bool(rule and rule.get("actual_allowed") and len(rule["incomes"]) == 1)

    def _expense_rule(self, income_key):
        return next((r for r in self.data["expenses"] if income_key in r["incomes"]), None)


def rows(rules):
    """(lower, upper or None, rate) for each bracket row."""
    lower, rows = ZERO, []
    for row in rules.data["brackets"]["rows"]:
        upper = None if row.get("upto") is None else Decimal(row["upto"])
        rows.append((lower, upper, Decimal(row["rate"])))
        lower = upper
    return rows


def taxed_rows(rules, net):
    """(number, lower, upper, rate, portion of ``net`` in the row) for each row ``net`` reaches."""
    for number, (lower, upper, rate) in enumerate(rows(rules)):
        if net <= lower:
            return
        yield number, lower, upper, rate, (net if upper is None else min(net, upper)) - lower


def progressive_tax(rules, net):
    return sum((percent(portion, rate) for *_, rate, portion in taxed_rows(rules, net)), ZERO)


def minimum_tax(rules, other_income):
    """The 0.5% method's tax, or zero where it does not apply (income other than
    40(1) under the threshold, or a result within the exempt amount)."""
    rule = rules.data["minimum_tax"]
    if other_income < Decimal(rule["threshold"]):
        return ZERO
    tax = percent(other_income, Decimal(rule["rate"]))
    return tax if tax > Decimal(rule["exempt_up_to"]) else ZERO


@dataclass
class FundSplit:
    """A fund contribution's counted part: ``allowance`` + ``exempt`` = ``counted``."""

    by_wages: Decimal  # the percentage of wages
    limit: Decimal  # the smaller of that and the cap
    allowance: Decimal  # the first part, an allowance
    exempt: Decimal  # the rest, income exempt from tax
    capped: bool  # more was paid than ``limit``


def fund_split(rule, paid, income):
    """How ``paid`` into a fund of kind "fund" (provident fund, GPF) counts: at
    most ``rate``% of the wages (``income`` of the rule's ``wages`` keys) and
    ``cap``; the first ``allowance_cap`` baht as an allowance, the rest exempt."""
    wages = sum((income.get(key, ZERO) for key in rule["wages"]), ZERO)
    by_wages = percent(wages, Decimal(rule["rate"]))
    limit = min(Decimal(rule["cap"]), by_wages)
    counted = satang(min(paid, limit))
    allowance = min(counted, Decimal(rule["allowance_cap"]))
    return FundSplit(by_wages, limit, allowance, counted - allowance, paid > limit)


def marginal_rate(rules, net):
    """The rate the next baht of net income is taxed at."""
    for _lower, upper, rate in rows(rules):
        if upper is None or net < upper:
            return rate
    return ZERO

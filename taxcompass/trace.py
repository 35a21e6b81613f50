"""What goes into the engine and what comes out: the citizen's situation, and the
answer with the calculation as a list of steps. Plain Python."""

from dataclasses import dataclass, field
from decimal import Decimal

from taxcompass.tax_table import ZERO


@dataclass
class Situation:
    """What the citizen told us. Amounts are Decimals in baht, counts ints; a
    missing key is zero. ``actual_expenses`` maps an income key to the expenses
    actually paid (for types whose rule allows it; otherwise the flat rate)."""

    status: str
    income: dict = field(default_factory=dict)
    actual_expenses: dict = field(default_factory=dict)
    senior_or_disabled: bool = False
    allowances: dict = field(default_factory=dict)
    donations: dict = field(default_factory=dict)
    stimulus: dict = field(default_factory=dict)
    withholding: Decimal = ZERO


@dataclass
class Step:
    key: str
    group: str
    label: str
    amount: Decimal
    cap: Decimal | None = None
    reason: str = ""
    params: dict = field(default_factory=dict)
    source: str = ""
    capped: bool = False


@dataclass
class Answer:
    tax_year: int
    assessable_income: Decimal
    exempt_income: Decimal
    expenses: Decimal
    allowances_total: Decimal
    net_income: Decimal
    progressive_tax: Decimal
    tax: Decimal
    withholding: Decimal
    balance: Decimal
    method: str  # "progressive" or "minimum" (the 0.5% method)
    effective_rate: Decimal
    marginal_rate: Decimal
    saving_per_extra_allowance: Decimal
    form: str  # "pnd90" or "pnd91"
    mid_year: bool  # 40(5)-(8) income: ภ.ง.ด.94 for January to June
    steps: list
    warnings: list  # (msgid, params)

"""The shape of a year's rules, as editors store them and the engine reads them.

``problems(data)`` lists what is wrong as ``(path, msgid, params)``; an empty
list means :func:`taxcompass.engine.Rules.from_data` accepts the data. Plain
Python: the model's validator translates the messages.

Every figure (the bracket table, each expense rule, allowance, shared cap,
donation rule, stimulus measure, the 0.5% method, the 65+ exemption and the
filing dates) carries ``source`` (an https URL) and ``note``.
"""

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from taxcompass.vocabulary import (
    ALLOWANCES,
    DONATION_TYPES,
    INCOME_TYPES,
    KINDS_FOR_INPUT,
    STATUSES,
    gettext_noop,
)

LARGEST = Decimal(10) ** 12
_KEY = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


class _Checker:
    def __init__(self):
        self.found = []

    def add(self, path, message, **params):
        self.found.append((path, message, params))

    def mapping(self, value, path):
        if not isinstance(value, dict):
            self.add(path, gettext_noop("Must be an object ({...})."))
            return False
        return True

    def listing(self, value, path, allow_empty=True):
        if not isinstance(value, list):
            self.add(path, gettext_noop("Must be a list ([...])."))
            return False
        if not value and not allow_empty:
            self.add(path, gettext_noop("Must not be empty."))
            return False
        return True

    def known_keys(self, values, path, allowed, message, allow_empty=True, **params):
        """``values`` is a list of keys in ``allowed``; ``message`` names each other one."""
        if self.listing(values, path, allow_empty=allow_empty):
            for value in values:
                if value not in allowed:
                    self.add(path, message, key=value, **params)

    def amount(self, item, name, path, required=True, largest=LARGEST):
        """``item[name]`` as a Decimal between 0 and ``largest``, or None."""
        where = f"{path}.{name}"
        if name not in item:
            if required:
                self.add(where, gettext_noop("This figure is required."))
            return None
        value = item[name]
        try:
            if isinstance(value, bool) or not isinstance(value, (str, int)):
                raise InvalidOperation
            number = Decimal(value)
        except (InvalidOperation, ValueError):
            self.add(where, gettext_noop('Write a number as text, such as "100000" or "0.5".'))
            return None
        if not number.is_finite() or number < 0 or number > largest:
            self.add(where, gettext_noop("Must be between 0 and %(largest)s."), largest=largest)
            return None
        return number

    def rate(self, item, name, path, required=True):
        return self.amount(item, name, path, required=required, largest=Decimal(100))

    def day(self, item, name, path):
        try:
            return date.fromisoformat(item[name])
        except KeyError:
            self.add(f"{path}.{name}", gettext_noop("This date is required."))
        except (TypeError, ValueError):
            self.add(f"{path}.{name}", gettext_noop("Write the date as YYYY-MM-DD (Common Era)."))
        return None

    def cited(self, item, path):
        """Every figure says where it is published and why."""
        source = item.get("source")
        if not isinstance(source, str) or not source.startswith("https://"):
            self.add(
                f"{path}.source",
                gettext_noop("Give the https:// address of the page that publishes this figure."),
            )
        if not isinstance(item.get("note"), str) or not item["note"].strip():
            self.add(f"{path}.note", gettext_noop("Add a note: what the figure is and its law."))

    def key(self, item, path, allowed=None, seen=None):
        key = item.get("key")
        if not isinstance(key, str) or not _KEY.match(key):
            self.add(f"{path}.key", gettext_noop("A key is lower-case letters, digits and _."))
            return None
        if allowed is not None and key not in allowed:
            self.add(
                f"{path}.key",
                gettext_noop("Unknown key %(key)s; the engine knows: %(known)s."),
                key=key,
                known=", ".join(allowed),
            )
            return None
        if seen is not None:
            if key in seen:
                self.add(f"{path}.key", gettext_noop("%(key)s appears twice."), key=key)
            seen.add(key)
        return key


def problems(data):
    """What is wrong with ``data`` (a year's rules), as ``(path, msgid, params)``."""
    check = _Checker()
    if not check.mapping(data, "rules"):
        return check.found
    for name in ("note", "note_th"):
        if not isinstance(data.get(name, ""), str):
            check.add(name, gettext_noop("Must be text."))
    year = data.get("tax_year")
    if isinstance(year, bool) or not isinstance(year, int) or not 2500 <= year <= 2700:
        check.add("tax_year", gettext_noop("The tax year in the Buddhist Era, such as 2568."))
    _brackets(check, data.get("brackets"))
    _expenses(check, data.get("expenses"))
    allowances = _allowances(check, data.get("allowances"))
    _shared_caps(check, data.get("shared_caps", []), allowances)
    _donations(check, data.get("donations", []))
    _stimulus(check, data.get("stimulus", []))
    for name, fields in (
        ("minimum_tax", ("threshold", "rate", "exempt_up_to")),
        ("senior_exemption", ("amount",)),
    ):
        item = data.get(name)
        if check.mapping(item, name):
            for field in fields:
                (check.rate if field == "rate" else check.amount)(item, field, name)
            check.cited(item, name)
    filing = data.get("filing")
    if check.mapping(filing, "filing"):
        check.day(filing, "deadline", "filing")
        check.day(filing, "mid_year_deadline", "filing")
        check.cited(filing, "filing")
    return check.found


def _brackets(check, brackets):
    if not check.mapping(brackets, "brackets"):
        return
    check.cited(brackets, "brackets")
    rows = brackets.get("rows")
    if not check.listing(rows, "brackets.rows", allow_empty=False):
        return
    previous = Decimal(0)
    for number, row in enumerate(rows):
        path = f"brackets.rows.{number}"
        if not check.mapping(row, path):
            continue
        check.rate(row, "rate", path)
        last = number == len(rows) - 1
        if last:
            if row.get("upto") is not None:
                check.add(f"{path}.upto", gettext_noop("The last row has no upper limit (null)."))
            continue
        upto = check.amount(row, "upto", path)
        if upto is not None:
            if upto <= previous:
                check.add(f"{path}.upto", gettext_noop("Upper limits must rise row by row."))
            previous = upto


def _expenses(check, expenses):
    if not check.listing(expenses, "expenses"):
        return
    seen, covered = set(), set()
    for number, rule in enumerate(expenses):
        path = f"expenses.{number}"
        if not check.mapping(rule, path):
            continue
        check.key(rule, path, seen=seen)
        incomes = rule.get("incomes")
        if not check.listing(incomes, f"{path}.incomes", allow_empty=False):
            continue
        for income in incomes:
            if income not in INCOME_TYPES:
                check.add(
                    f"{path}.incomes",
                    gettext_noop("Unknown income type %(key)s; the engine knows: %(known)s."),
                    key=income,
                    known=", ".join(INCOME_TYPES),
                )
            elif income in covered:
                check.add(
                    f"{path}.incomes",
                    gettext_noop("%(key)s already has an expense rule."),
                    key=income,
                )
            covered.add(income)
        check.rate(rule, "rate", path)
        check.amount(rule, "cap", path, required=False)
        if not isinstance(rule.get("actual_allowed", False), bool):
            check.add(f"{path}.actual_allowed", gettext_noop("Must be true or false."))
        check.cited(rule, path)


def _allowances(check, allowances):
    seen = set()
    if not check.listing(allowances, "allowances"):
        return seen
    for number, rule in enumerate(allowances):
        path = f"allowances.{number}"
        if not check.mapping(rule, path):
            continue
        key = check.key(rule, path, allowed=list(ALLOWANCES), seen=seen)
        check.cited(rule, path)
        if key is None:
            continue
        kind = rule.get("kind")
        allowed = KINDS_FOR_INPUT[ALLOWANCES[key][0]]
        if kind not in allowed:
            check.add(
                f"{path}.kind",
                gettext_noop("%(key)s may be: %(kinds)s."),
                key=key,
                kinds=", ".join(sorted(allowed)),
            )
            continue
        if kind in ("fixed", "per_person"):
            check.amount(rule, "amount", path)
        if kind in ("as_paid", "percent", "fund"):
            check.amount(rule, "cap", path)
        if kind in ("percent", "fund"):
            check.rate(rule, "rate", path)
        if kind == "fund":
            _fund(check, rule, path)
        if kind == "per_person":
            check.amount(rule, "max_count", path, required=False, largest=Decimal(100))
            by_status = rule.get("max_count_by_status", {})
            if check.mapping(by_status, f"{path}.max_count_by_status"):
                for status in by_status:
                    if status not in STATUSES:
                        check.add(
                            f"{path}.max_count_by_status",
                            gettext_noop("Unknown status %(key)s."),
                            key=status,
                        )
                    else:
                        check.amount(
                            by_status,
                            status,
                            f"{path}.max_count_by_status",
                            largest=Decimal(100),
                        )
        check.known_keys(
            rule.get("statuses", []),
            f"{path}.statuses",
            STATUSES,
            gettext_noop("Unknown status %(key)s."),
        )
    return seen


def _fund(check, rule, path):
    """A fund contribution: ``rate``% of the ``wages`` (income keys) at most, the
    first ``allowance_cap`` baht an allowance and the rest exempt income."""
    check.amount(rule, "allowance_cap", path)
    check.known_keys(
        rule.get("wages"),
        f"{path}.wages",
        INCOME_TYPES,
        gettext_noop("Unknown income type %(key)s; the engine knows: %(known)s."),
        allow_empty=False,
        known=", ".join(INCOME_TYPES),
    )


def _shared_caps(check, shared, allowances):
    if not check.listing(shared, "shared_caps"):
        return
    seen = set()
    for number, rule in enumerate(shared):
        path = f"shared_caps.{number}"
        if not check.mapping(rule, path):
            continue
        check.key(rule, path, seen=seen)
        check.amount(rule, "cap", path)
        check.cited(rule, path)
        check.known_keys(
            rule.get("members"),
            f"{path}.members",
            allowances,
            gettext_noop("%(key)s is not one of this year's allowances."),
            allow_empty=False,
        )


def _donations(check, donations):
    if not check.listing(donations, "donations"):
        return
    seen = set()
    for number, rule in enumerate(donations):
        path = f"donations.{number}"
        if not check.mapping(rule, path):
            continue
        check.key(rule, path, allowed=list(DONATION_TYPES), seen=seen)
        check.cited(rule, path)
        multiplier = check.amount(rule, "multiplier", path, largest=Decimal(10))
        if multiplier is not None and multiplier < 1:
            check.add(f"{path}.multiplier", gettext_noop("At least 1."))
        cap = check.amount(rule, "cap", path, required=False)
        cap_rate = check.rate(rule, "cap_rate", path, required=False)
        if cap is None and cap_rate is None:
            check.add(path, gettext_noop("Give a cap in baht (cap) or a percentage (cap_rate)."))


def _stimulus(check, measures):
    if not check.listing(measures, "stimulus"):
        return
    seen = set(ALLOWANCES)
    for number, rule in enumerate(measures):
        path = f"stimulus.{number}"
        if not check.mapping(rule, path):
            continue
        check.key(rule, path, seen=seen)
        check.amount(rule, "cap", path)
        check.cited(rule, path)
        for name in ("label_th", "label_en"):
            if not isinstance(rule.get(name), str) or not rule[name].strip():
                check.add(f"{path}.{name}", gettext_noop("Name the measure in Thai and English."))
        start, end = check.day(rule, "from", path), check.day(rule, "to", path)
        if start and end and start > end:
            check.add(f"{path}.to", gettext_noop("The measure ends before it starts."))

"""An engine answer in the reader's language: translated steps, the form to
file and its deadline, the documents to keep; and the API's JSON shape."""

from datetime import date
from decimal import Decimal

from django.utils.formats import number_format
from django.utils.translation import get_language, gettext

from core.dates import format_date
from taxcompass.vocabulary import ALLOWANCES, DONATION_TYPES, gettext_noop

EFILING_URL = "https://efiling.rd.go.th"
FORMS = {"pnd90": "ภ.ง.ด.90", "pnd91": "ภ.ง.ด.91"}


def baht(value):
    """600000 -> "600,000"; 131000.5 -> "131,000.50"."""
    value = Decimal(value)
    places = 0 if value == value.to_integral_value() else 2
    return number_format(value, decimal_pos=places, force_grouping=True)


def money(value):
    """Always two decimals, with separators: "20,600.00"."""
    return number_format(Decimal(value), decimal_pos=2, force_grouping=True)


def plain(value):
    """The API's amount: "20600.00"."""
    return f"{Decimal(value):.2f}"


def _label_of(key):
    if key in ALLOWANCES:
        return gettext(ALLOWANCES[key][2])
    return gettext(DONATION_TYPES.get(key, key))


def _param(name, value):
    if name in ("rate", "multiplier"):
        return number_format(value.normalize())
    if isinstance(value, Decimal):
        return baht(value)
    if name == "members":
        return ", ".join(_label_of(key) for key in value)
    return value


def label(step):
    if "income_label" in step.params:
        return gettext("Expenses: %(income)s") % {"income": gettext(step.params["income_label"])}
    if step.group == "stimulus":
        thai = (get_language() or "").startswith("th")
        return step.params["label_th" if thai else "label_en"]
    return gettext(step.label)


def reason(step):
    if not step.reason:
        return ""
    params = {name: _param(name, value) for name, value in step.params.items()}
    return gettext(step.reason) % params


def steps(answer):
    """Rows for the page and the PDF: every step, translated and formatted."""
    return [
        {
            "key": step.key,
            "group": step.group,
            "label": label(step),
            # The balance's label says pay or refund; the page shows how much.
            "amount": money(abs(step.amount) if step.key == "balance" else step.amount),
            "cap": None if step.cap is None else money(step.cap),
            "reason": reason(step),
            "source": step.source,
            "shared_source": step.params.get("shared_source", ""),
            "capped": step.capped,
        }
        for step in answer.steps
    ]


def filing(answer, rules):
    """The form to file, its deadline and the half-year return where it applies."""
    data = rules.data["filing"]
    return {
        "form": FORMS[answer.form],
        "deadline": format_date(date.fromisoformat(data["deadline"])),
        "mid_year": answer.mid_year,
        "mid_year_deadline": format_date(date.fromisoformat(data["mid_year_deadline"])),
        "source": data["source"],
        "efiling_url": EFILING_URL,
    }


# Step key prefix -> the evidence to keep for it.
_EVIDENCE = {
    "income.salary": gettext_noop("50 ทวิ certificates from every employer"),
    "withholding": gettext_noop("50 ทวิ certificates showing the tax withheld"),
    "income.": gettext_noop("Records of income received (invoices, contracts, bank statements)"),
    "expense.": gettext_noop("Receipts for the actual expenses you deducted"),
    "allowance.children": gettext_noop("Birth certificates or adoption papers of your children"),
    "allowance.parents": gettext_noop("ล.ย.03 form for each parent"),
    "allowance.disabled_dependants": gettext_noop("ล.ย.04 form and the disability card"),
    "allowance.pregnancy": gettext_noop("Receipts from the hospital or clinic"),
    "allowance.life_insurance": gettext_noop("Premium certificates from the insurer"),
    "allowance.health_insurance": gettext_noop("Premium certificates from the insurer"),
    "allowance.parents_health_insurance": gettext_noop("Premium certificates from the insurer"),
    "allowance.pension_insurance": gettext_noop("Premium certificates from the insurer"),
    "allowance.provident_fund": gettext_noop("Contribution certificate from the fund"),
    "allowance.rmf": gettext_noop("Purchase certificates from the fund manager"),
    "allowance.nsf": gettext_noop("Contribution certificate from the National Savings Fund"),
    "allowance.home_loan_interest": gettext_noop("Interest certificate from the lender"),
    "donation.": gettext_noop("Donation receipts (or the e-Donation record)"),
    "stimulus.": gettext_noop("Full tax invoices (e-Tax invoices or e-Receipts) for the measure"),
}


def documents(answer):
    """The evidence to keep for this answer, once each, in step order."""
    kept = []
    for step in answer.steps:
        if step.key == "withholding" and not step.amount:
            continue
        if step.group == "expense" and step.params.get("method") != "actual":
            continue
        for prefix, document in _EVIDENCE.items():
            if step.key.startswith(prefix) and document not in kept:
                kept.append(document)
                break
    return [gettext(document) for document in kept]


def api_payload(answer):
    return {
        "tax_year": answer.tax_year,
        "assessable_income": plain(answer.assessable_income),
        "exempt_income": plain(answer.exempt_income),
        "expenses": plain(answer.expenses),
        "allowances_total": plain(answer.allowances_total),
        "net_income": plain(answer.net_income),
        "tax": plain(answer.tax),
        "withholding": plain(answer.withholding),
        "balance": plain(answer.balance),
        "method": answer.method,
        "effective_rate": plain(answer.effective_rate),
        "marginal_rate": plain(answer.marginal_rate),
        "saving_per_10000": plain(answer.saving_per_extra_allowance),
        "form": FORMS[answer.form],
        "warnings": [gettext(message) % params for message, params in answer.warnings],
        "steps": [
            {
                "key": step.key,
                "label": label(step),
                "amount": plain(step.amount),
                "cap": None if step.cap is None else plain(step.cap),
                "capped": step.capped,
                "reason": reason(step),
                "source": step.source,
            }
            for step in answer.steps
        ],
    }

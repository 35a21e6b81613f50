"""From submitted data to an answer: the approved years, the form, the engine.

Used by the page, the API and saved estimates alike; stores nothing.
"""

from dataclasses import dataclass

from taxcompass.engine import estimate
from taxcompass.forms import EstimateForm, plain_number
from taxcompass.models.rules import TaxYearRules
from taxcompass.tax_table import Rules


def approved_years():
    """{tax year: Rules} for every approved year, newest first (one query)."""
    records = TaxYearRules.objects.approved().order_by("-tax_year").only("tax_year", "data")
    return {record.tax_year: Rules(record.data) for record in records}


@dataclass
class Outcome:
    form: EstimateForm
    answer: object = None  # an engine.Answer when the form is valid
    rules: Rules = None


def _year(data):
    year = plain_number(data.get("tax_year", ""))
    return int(year) if year.isascii() and year.isdigit() and len(year) <= 4 else None


def run(data, years=None):
    """The form bound to ``data`` and, when valid, the engine's answer."""
    years = approved_years() if years is None else years
    rules = years.get(_year(data))
    form = EstimateForm(data, years=years, rules=rules)
    if not form.is_valid():
        return Outcome(form=form, rules=rules)
    return Outcome(form=form, answer=estimate(rules, form.situation()), rules=rules)


def blank_form(years):
    """An unbound form for the newest approved year."""
    year = next(iter(years), None)
    initial = {"tax_year": year, "status": "single", "salary_period": "annual"}
    return EstimateForm(initial=initial, years=years, rules=years.get(year))


def entered(form):
    """The fields the citizen filled in, as submitted (what a saved estimate keeps)."""
    return {
        name: form.data.get(name)
        for name in form.fields
        if form.data.get(name) not in (None, "", False)
    }

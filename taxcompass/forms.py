"""The estimate form: the page's fields and, flattened to dotted names, the API's.

Field names are the API's paths (``income.salary``, ``allowances.rmf``), so an
error is reported under the same key in both. Amounts accept Thai digits (๐-๙),
thousands separators and spaces.
"""

from datetime import date
from decimal import Decimal, InvalidOperation

from django import forms
from django.utils.formats import number_format
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from core.dates import format_date
from taxcompass.tax_table import ZERO
from taxcompass.trace import Situation
from taxcompass.vocabulary import (
    ALLOWANCES,
    AMOUNT,
    COUNT,
    DONATION_TYPES,
    FAMILY,
    INCOME_TYPES,
    INSURANCE,
    SALARY,
    STATUSES,
)

LARGEST = Decimal(10) ** 12
MAX_CHILDREN = 20
MAX_PEOPLE = 20
THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
# The Revenue Department itself: no page of its own for these cases was checked.
RD_NON_RESIDENT_URL = "https://www.rd.go.th/"
ADVANCED_INCOME = [key for key in INCOME_TYPES if key not in (SALARY, "fees")]
MONTHLY, ANNUAL = "monthly", "annual"


def plain_number(value):
    """``value`` as ASCII digits without separators: "๑๒,๓๔๕.๕๐ บาท" -> "12345.50"."""
    text = str(value).translate(THAI_DIGITS).strip()
    for noise in (",", " ", "\u00a0", "_", "บาท", "baht"):
        text = text.replace(noise, "")
    return text


class MoneyField(forms.CharField):
    """Baht and satang, 0 to 10^12; empty means zero."""

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.widget.attrs.update({"inputmode": "decimal", "autocomplete": "off", "size": 14})

    def to_python(self, value):
        if isinstance(value, bool):
            raise forms.ValidationError(gettext("Enter an amount in baht."), code="invalid")
        if value in (None, ""):
            return ZERO
        try:
            number = (
                Decimal(plain_number(value))
                if not isinstance(value, float)
                else Decimal(repr(value))
            )
        except InvalidOperation:
            raise forms.ValidationError(
                gettext("Enter an amount in baht, such as 600,000 or ๖๐๐,๐๐๐."), code="invalid"
            ) from None
        if not number.is_finite():
            raise forms.ValidationError(gettext("Enter an amount in baht."), code="invalid")
        if number < 0:
            raise forms.ValidationError(gettext("The amount cannot be negative."), code="negative")
        if number > LARGEST:
            raise forms.ValidationError(
                gettext("The amount is too large (at most %(largest)s baht).")
                % {"largest": number_format(LARGEST, force_grouping=True)},
                code="too_large",
            )
        if number != number.quantize(Decimal("0.01")):
            raise forms.ValidationError(
                gettext("Use at most two decimal places (satang)."), code="satang"
            )
        return number


class CountField(forms.CharField):
    """A number of people, 0 to ``largest``; empty means none."""

    def __init__(self, largest, **kwargs):
        self.largest = largest
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.widget.attrs.update({"inputmode": "numeric", "autocomplete": "off", "size": 4})

    def to_python(self, value):
        if value in (None, ""):
            return 0
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise forms.ValidationError(gettext("Enter a whole number."), code="invalid")
        text = plain_number(value)
        if not (text.isascii() and text.isdigit()):
            raise forms.ValidationError(gettext("Enter a whole number."), code="invalid")
        if len(text) > 6 or int(text) > self.largest:
            raise forms.ValidationError(
                gettext("At most %(largest)s.") % {"largest": self.largest}, code="too_many"
            )
        return int(text)


class YearField(forms.TypedChoiceField):
    """A tax year among the approved ones, in Thai or Arabic digits."""

    def to_python(self, value):
        return plain_number(super().to_python(value))


class EstimateForm(forms.Form):
    """Everything the engine needs, for the years in ``years`` (approved rules,
    {year: Rules}); ``rules`` are the rules of the year being estimated, whose
    stimulus measures become fields."""

    tax_year = YearField(
        label=_("Tax year"),
        coerce=int,
        error_messages={
            "invalid_choice": _(
                "There are no approved rules for tax year %(value)s yet: choose another year."
            )
        },
    )
    status = forms.ChoiceField(label=_("Marital status"), choices=())
    non_resident = forms.BooleanField(
        label=_("I lived in Thailand less than 180 days in the year"), required=False
    )
    foreign_income = forms.BooleanField(
        label=_("I brought foreign income into Thailand in the year"), required=False
    )
    senior_or_disabled = forms.BooleanField(
        label=_("I am 65 or older, or disabled (190,000 baht of income exempt)"), required=False
    )
    salary_period = forms.ChoiceField(
        label=_("The salary I enter is"),
        choices=[(ANNUAL, _("for the whole year")), (MONTHLY, _("per month (× 12)"))],
        required=False,
    )

    unsupported_url = RD_NON_RESIDENT_URL

    def __init__(self, *args, years=None, rules=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.years, self.rules = years or {}, rules
        self.fields["tax_year"].choices = [
            (year, gettext("Tax year %(year)s") % {"year": year}) for year in self.years
        ]
        self.fields["status"].choices = [(key, _(label)) for key, label in STATUSES.items()]
        for key, (section, label) in INCOME_TYPES.items():
            self.fields[f"income.{key}"] = MoneyField(label=f"{section} {gettext(label)}")
            if key in ADVANCED_INCOME:
                self.fields[f"actual_expenses.{key}"] = MoneyField(
                    label=gettext("Actual expenses: %(income)s") % {"income": gettext(label)},
                    help_text=_("Leave empty to deduct the flat rate."),
                )
        for key, (kind, _group, label) in ALLOWANCES.items():
            if kind == COUNT:
                largest = MAX_CHILDREN if key.startswith("children") else MAX_PEOPLE
                self.fields[f"allowances.{key}"] = CountField(largest, label=_(label))
            elif kind == AMOUNT:
                self.fields[f"allowances.{key}"] = MoneyField(
                    label=_(label),
                    help_text=self._fund_help(key)
                    or _("The amount you paid; the cap is applied for you."),
                )
        for key, label in DONATION_TYPES.items():
            self.fields[f"donations.{key}"] = MoneyField(label=_(label))
        for measure in self.measures():
            self.fields[f"stimulus.{measure['key']}"] = MoneyField(
                label=measure["label"],
                help_text=gettext(
                    "Spending from %(start)s to %(end)s; deductible up to %(cap)s baht."
                )
                % {
                    "start": format_date(date.fromisoformat(measure["from"])),
                    "end": format_date(date.fromisoformat(measure["to"])),
                    "cap": number_format(Decimal(measure["cap"]), force_grouping=True),
                },
            )
        self.fields["withholding"] = MoneyField(
            label=_("Withholding tax already paid (from your 50 ทวิ certificates)")
        )

    def _fund_help(self, key):
        """How this year's rules count a fund contribution (provident fund, GPF)."""
        rules = self.rules.data["allowances"] if self.rules is not None else []
        rule = next((r for r in rules if r["key"] == key and r["kind"] == "fund"), None)
        if rule is None:
            return ""
        return gettext(
            "Up to %(rate)s%% of your salary and at most %(cap)s baht: the first "
            "%(allowance)s baht is an allowance, the rest is income exempt from tax. "
            "GPF contributions follow the same rule here."
        ) % {
            "rate": number_format(Decimal(rule["rate"]).normalize()),
            "cap": number_format(Decimal(rule["cap"]), force_grouping=True),
            "allowance": number_format(Decimal(rule["allowance_cap"]), force_grouping=True),
        }

    def measures(self):
        if self.rules is None:
            return []
        thai = (get_language() or "").startswith("th")
        return [
            {**measure, "label": measure["label_th" if thai else "label_en"]}
            for measure in self.rules.data.get("stimulus", [])
        ]

    def section(self, prefix, keys=None):
        """Bound fields named ``prefix.<key>`` (for ``keys`` in order, if given)."""
        if keys is not None:
            return [self[f"{prefix}.{key}"] for key in keys if f"{prefix}.{key}" in self.fields]
        return [self[name] for name in self.fields if name.startswith(f"{prefix}.")]

    def allowance_group(self, group):
        return self.section("allowances", [k for k, v in ALLOWANCES.items() if v[1] == group])

    def basic_income_fields(self):
        return self.section("income", [SALARY, "fees"])

    def donation_fields(self):
        return self.section("donations")

    def stimulus_fields(self):
        return self.section("stimulus")

    def advanced_open(self):
        """Show the other income types when one is filled in or has an error."""
        names = [field.name for field in self.advanced_income_fields()]
        return any(self.data.get(name) or name in self.errors for name in names)

    def family_fields(self):
        return self.allowance_group(FAMILY)

    def insurance_fields(self):
        return self.allowance_group(INSURANCE)

    def advanced_income_fields(self):
        return [
            self[name]
            for key in ADVANCED_INCOME
            for name in (f"income.{key}", f"actual_expenses.{key}")
        ]

    def clean(self):
        cleaned = super().clean()
        for name in ("non_resident", "foreign_income"):
            if cleaned.get(name):
                self.add_error(name, self._unsupported())
        children = cleaned.get("allowances.children") or 0
        later = cleaned.get("allowances.children_2561") or 0
        if later and later > max(children - 1, 0):
            self.add_error(
                "allowances.children_2561",
                gettext(
                    "Count these children among your children too; the first child is "
                    "never counted here."
                ),
            )
        return cleaned

    @staticmethod
    def _unsupported():
        return gettext(
            "The tax compass covers residents with Thai income only. For your case, see the "
            "Revenue Department: %(url)s"
        ) % {"url": RD_NON_RESIDENT_URL}

    def situation(self):
        """The engine's :class:`Situation` from the valid form."""
        data = self.cleaned_data
        income = {key: data[f"income.{key}"] for key in INCOME_TYPES}
        if data.get("salary_period") == MONTHLY:
            income[SALARY] *= 12
        return Situation(
            status=data["status"],
            income=income,
            actual_expenses={
                key: data[f"actual_expenses.{key}"]
                for key in ADVANCED_INCOME
                if self.data.get(f"actual_expenses.{key}") not in (None, "")
            },
            senior_or_disabled=data["senior_or_disabled"],
            allowances={
                key: data[f"allowances.{key}"] for key in ALLOWANCES if f"allowances.{key}" in data
            },
            donations={key: data[f"donations.{key}"] for key in DONATION_TYPES},
            stimulus={m["key"]: data[f"stimulus.{m['key']}"] for m in self.measures()},
            withholding=data["withholding"],
        )

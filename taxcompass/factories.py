"""Test data: the shipped rules (the same JSON the data migration loads) and the page."""

import factory
import wagtail_factories
from django.utils import timezone

from portal.factories import UserFactory
from taxcompass.models import SavedEstimate, TaxCompassPage, TaxYearRules
from taxcompass.rules import shipped


class TaxYearRulesFactory(factory.django.DjangoModelFactory):
    """Tax year 2568 as shipped, approved by the system; ``draft=True`` for a draft."""

    tax_year = 2568
    data = factory.LazyAttribute(lambda rules: {**shipped(2568), "tax_year": rules.tax_year})
    approved_at = factory.LazyFunction(timezone.now)
    approval_note = "Shipped with the software"

    class Meta:
        model = TaxYearRules
        django_get_or_create = ("tax_year",)

    class Params:
        draft = factory.Trait(approved_at=None, approval_note="")


class TaxCompassPageFactory(wagtail_factories.PageFactory):
    title = "เข็มทิศภาษี"
    slug = "tax-compass"
    intro = "<p>คำนวณภาษีเงินได้บุคคลธรรมดาทีละขั้น</p>"

    class Meta:
        model = TaxCompassPage


class SavedEstimateFactory(factory.django.DjangoModelFactory):
    owner = factory.SubFactory(UserFactory)
    name = "ประมาณการของฉัน"
    tax_year = 2568
    inputs = factory.LazyFunction(
        lambda: {"tax_year": "2568", "status": "single", "income.salary": "600000"}
    )
    tax = "20600.00"
    balance = "20600.00"

    class Meta:
        model = SavedEstimate

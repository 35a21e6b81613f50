"""Factories for handbook and manual pages (wagtail_factories / factory_boy).

StreamFields take raw blocks, as the admin stores them: ``stream("step", {...})``.
"""

import datetime
import json

import factory
import wagtail_factories
from django.utils import timezone

from manuals.choices import Agency, Audience, ServiceGroup
from manuals.durations import MINUTES
from manuals.models import (
    CitizenHandbookPage,
    HandbookIndexPage,
    ManualIndexPage,
    PageFeedback,
    ServiceManualPage,
)


def stream(block_type, *values):
    """A StreamField value of ``block_type`` blocks, one per value."""
    return json.dumps([{"type": block_type, "value": value} for value in values])


def handbook_step(title="ยื่นคำขอ", amount=10, unit=MINUTES, responsible_unit="งานบริการ"):
    return {
        "title": title,
        "description": "",
        "amount": amount,
        "unit": unit,
        "responsible_unit": responsible_unit,
    }


class HandbookIndexPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"คู่มือประชาชน {n}")
    slug = factory.Sequence(lambda n: f"handbook-index-{n}")

    class Meta:
        model = HandbookIndexPage


class CitizenHandbookPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"การขอรับบริการ {n}")
    slug = factory.Sequence(lambda n: f"handbook-{n}")
    intro = "สรุปงานบริการ"
    responsible_unit = "สำนักงานสรรพากรพื้นที่สาขา"
    service_group = ServiceGroup.PERSONAL_INCOME_TAX
    agency = Agency.BRANCH_OFFICE
    audience = Audience.INDIVIDUALS
    steps = factory.LazyFunction(lambda: stream("step", handbook_step()))

    class Meta:
        model = CitizenHandbookPage


class ManualIndexPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"คู่มือมาตรฐาน {n}")
    slug = factory.Sequence(lambda n: f"manual-index-{n}")

    class Meta:
        model = ManualIndexPage


class ServiceManualPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"มาตรฐานงานบริการ {n}")
    slug = factory.Sequence(lambda n: f"manual-{n}")
    intro = "วัตถุประสงค์ของมาตรฐาน"
    service_group = ServiceGroup.VAT
    agency = Agency.AREA_OFFICE
    audience = Audience.BUSINESSES
    next_review_date = factory.LazyFunction(
        lambda: timezone.localdate() + datetime.timedelta(days=90)
    )

    class Meta:
        model = ServiceManualPage


class PageFeedbackFactory(factory.django.DjangoModelFactory):
    helpful = True
    comment = ""
    locale = factory.LazyAttribute(lambda feedback: feedback.page.locale)

    class Meta:
        model = PageFeedback

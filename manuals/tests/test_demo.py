"""The demo handbooks and manuals: complete, translated, and loaded idempotently."""

import io
import re

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Page

from manuals.models import CitizenHandbookPage, ServiceManualPage

pytestmark = [pytest.mark.django_db, pytest.mark.demo]
THAI = re.compile(r"[\u0e01-\u0e5b]")


def test_loading_again_changes_nothing():
    before = (Page.objects.count(), get_document_model().objects.count())
    call_command("load_demo_content", force=True, stdout=io.StringIO())
    assert (Page.objects.count(), get_document_model().objects.count()) == before


def test_five_handbooks_and_three_manuals_in_both_languages():
    for model, count in ((CitizenHandbookPage, 5), (ServiceManualPage, 3)):
        for language in ("th", "en"):
            assert model.objects.live().filter(locale__language_code=language).count() == count


def test_english_handbooks_are_fully_translated_field_by_field():
    for page in CitizenHandbookPage.objects.filter(locale__language_code="en"):
        texts = [page.title, page.intro, page.responsible_unit, str(page.criteria)]
        for field in (
            "legal_basis",
            "channels",
            "steps",
            "documents",
            "fees",
            "complaint_channels",
        ):
            texts.append(str(getattr(page, field).raw_data))
        assert not THAI.search(" ".join(texts)), page.slug


def test_numbers_are_synchronised_not_translated():
    thai = CitizenHandbookPage.objects.get(slug="pit-refund", locale__language_code="th")
    english = thai.get_translation(thai.get_translations().first().locale)
    assert english.total_duration() == thai.total_duration()


def test_manuals_have_owners_and_one_is_overdue_one_due_soon():
    today = timezone.localdate()
    manuals = ServiceManualPage.objects.filter(locale__language_code="th")
    assert all(manual.manual_owner for manual in manuals)
    days = sorted((manual.next_review_date - today).days for manual in manuals)
    assert days[0] < 0 and 0 <= days[1] <= 30
    assert all(manual.handbooks for manual in manuals)

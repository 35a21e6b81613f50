"""Page-type rules, rendering in both languages, empty parts and total time."""

import pytest
from django.utils import timezone, translation
from wagtail.models import Locale
from wagtail.test.utils import WagtailPageTestCase

from manuals.durations import WORKING_DAYS, Duration
from manuals.factories import (
    CitizenHandbookPageFactory,
    HandbookIndexPageFactory,
    ServiceManualPageFactory,
    handbook_step,
    stream,
)
from manuals.models import (
    CitizenHandbookPage,
    HandbookIndexPage,
    ManualIndexPage,
    ServiceManualPage,
)
from manuals.tests.helpers import build_manuals
from portal.factories import user_with_role
from portal.models import HomePage, SectionPage, StandardPage
from tests.world import translate, world

pytestmark = pytest.mark.django_db


class ManualsTestCase(WagtailPageTestCase):
    """Builds the site and its handbooks and manuals once per class."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.manuals = build_manuals(world())


class HandbookIndexTestCase(WagtailPageTestCase):
    """Only a handbook index (Thai and English), for tests that add their own handbooks."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.handbook_index = HandbookIndexPageFactory(parent=world().home)
        translate(cls.handbook_index, title="Handbooks")


class PageTypeRulesTests(WagtailPageTestCase):
    def test_handbooks_live_in_a_handbook_index_under_the_home_page(self):
        self.assertAllowedParentPageTypes(HandbookIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(HandbookIndexPage, {CitizenHandbookPage})
        self.assertCanCreateAt(HomePage, HandbookIndexPage)
        self.assertCanCreateAt(HandbookIndexPage, CitizenHandbookPage)
        self.assertCanNotCreateAt(SectionPage, CitizenHandbookPage)
        self.assertAllowedSubpageTypes(CitizenHandbookPage, {})

    def test_manuals_live_in_a_manual_index_inside_a_section(self):
        self.assertAllowedParentPageTypes(ManualIndexPage, {SectionPage})
        self.assertAllowedSubpageTypes(ManualIndexPage, {ServiceManualPage})
        self.assertCanCreateAt(SectionPage, ManualIndexPage)
        self.assertCanNotCreateAt(HomePage, ServiceManualPage)
        self.assertCanNotCreateAt(StandardPage, ServiceManualPage)
        self.assertAllowedSubpageTypes(ServiceManualPage, {})

    def test_page_models_declare_search_fields(self):
        for model in (CitizenHandbookPage, ServiceManualPage, HandbookIndexPage, ManualIndexPage):
            names = {field.field_name for field in model.search_fields}
            self.assertTrue({"title", "intro"} <= names, model)


class RenderingTests(ManualsTestCase):
    def test_every_handbook_and_manual_renders_in_both_languages(self):
        models = (HandbookIndexPage, CitizenHandbookPage, ManualIndexPage, ServiceManualPage)
        admin = self.create_superuser("renderer")
        for model in models:
            pages = model.objects.live()
            self.assertEqual({p.locale.language_code for p in pages}, {"th", "en"}, model)
            for page in pages:
                self.assertPageIsRenderable(page, user=admin)

    def test_english_handbook_shows_structured_fields_translated(self):
        thai, english = (
            self.manuals.handbooks["pit-refund"].th,
            self.manuals.handbooks["pit-refund"].en,
        )
        response = self.client.get(english.url)
        body = response.content.decode()
        self.assertContains(response, english.steps[1].value["title"])
        self.assertContains(response, english.documents[0].value["name"])
        # 10 minutes, then 15, 5 and 3 working days
        self.assertEqual(english.total_duration(), Duration(minutes=10, working_days=23))
        self.assertIn("23 working days and 10 minutes", body)
        self.assertNotIn(thai.steps[1].value["title"], body)


class EmptyPartsTests(HandbookIndexTestCase):
    def setUp(self):
        index = self.handbook_index
        self.bare = CitizenHandbookPageFactory(parent=index, steps="[]")

    def test_every_empty_part_says_none_rather_than_staying_blank(self):
        response = self.client.get(self.bare.url)
        # legal basis, criteria, channels, steps, documents, fees, complaints, forms
        self.assertEqual(response.content.decode().count('class="none"'), 8)

    def test_none_is_in_the_readers_language(self):
        with translation.override("en"):
            english = self.bare.copy_for_translation(Locale.objects.get(language_code="en"))
            english.save_revision().publish()
        response = self.client.get(english.url)
        self.assertContains(response, '<p class="none">None</p>', count=8, html=False)


class TotalTimeTests(HandbookIndexTestCase):
    def test_total_adds_minutes_and_working_days_separately(self):
        page = CitizenHandbookPageFactory.build(
            steps=stream(
                "step",
                handbook_step(amount=45),
                handbook_step(amount=30),
                handbook_step(amount=3, unit=WORKING_DAYS),
            )
        )
        self.assertEqual(page.total_duration(), Duration(minutes=75, working_days=3))
        with translation.override("en"):
            self.assertEqual(str(page.total_duration()), "3 working days, 1 hour and 15 minutes")

    def test_durations_read_naturally(self):
        with translation.override("en"):
            self.assertEqual(str(Duration(minutes=1)), "1 minute")
            self.assertEqual(str(Duration(minutes=120)), "2 hours")
            self.assertEqual(str(Duration(working_days=1)), "1 working day")
            self.assertEqual(str(Duration()), "None")

    def test_page_shows_each_step_numbered_with_its_duration_and_unit(self):
        index = self.handbook_index
        page = CitizenHandbookPageFactory(
            parent=index,
            steps=stream(
                "step",
                handbook_step("ยื่นคำร้อง", 10, responsible_unit="หน่วยรับคำขอ"),
                handbook_step("ตรวจสอบ", 2, WORKING_DAYS, responsible_unit="ฝ่ายตรวจสอบ"),
            ),
        )
        body = self.client.get(page.url).content.decode()
        self.assertIn('class="step__number" aria-hidden="true">1</span>', body)
        self.assertIn('class="step__number" aria-hidden="true">2</span>', body)
        self.assertIn("หน่วยรับคำขอ", body)
        self.assertIn("ฝ่ายตรวจสอบ", body)


class ManualPageTests(ManualsTestCase):
    def test_manual_links_to_its_handbooks_in_the_readers_language(self):
        handbooks = self.manuals.handbooks
        manual = self.manuals.manuals["pit-counter-standard"]
        self.client.force_login(self.create_superuser("reader"))
        english = self.client.get(manual.en.url)
        self.assertContains(english, f'href="{handbooks["pit-filing-at-office"].en.url}"')
        self.assertContains(english, f'href="{handbooks["e-filing-for-elderly"].en.url}"')
        thai = self.client.get(manual.th.url)
        self.assertContains(thai, f'href="{handbooks["pit-filing-at-office"].th.url}"')

    def test_manual_shows_owner_review_date_and_overdue_flag(self):
        manual = self.manuals.manuals["pit-counter-standard"].en
        self.assertLess(manual.next_review_date, timezone.localdate())
        self.client.force_login(self.create_superuser("reader"))
        response = self.client.get(manual.url)
        self.assertContains(response, "badge--overdue")
        owner = self.manuals.owner
        self.assertContains(response, f"{owner.first_name} {owner.last_name}")

    def test_revision_history_link_only_for_those_who_may_edit(self):
        manual = self.manuals.manuals["pit-refund-standard"].th
        history = f"/admin/pages/{manual.pk}/history/"
        for role, shown in (("staff", False), ("editor", True), ("moderator", True)):
            self.client.force_login(user_with_role(role))
            body = self.client.get(manual.url).content.decode()
            self.assertEqual(history in body, shown, role)
            self.assertIn("last-updated", body)

    def test_factories_build_renderable_manuals(self):
        manual = ServiceManualPageFactory(parent=self.manuals.manual_index.th)
        self.assertPageIsRenderable(manual, user=self.create_superuser("renderer"))
        handbooks = HandbookIndexPageFactory.build()
        self.assertTrue(handbooks.title)

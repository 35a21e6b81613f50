"""Page-type rules and rendering, with Wagtail's own test utilities."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text

from communities.models import CommunityIndexPage
from contests.models import ContestIndexPage
from manuals.models import ManualIndexPage
from portal.factories import SectionPageFactory, StandardPageFactory
from portal.models import HomePage, SectionPage, StandardPage
from tests.world import world


class PageTypeRulesTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.world = world()

    def setUp(self):
        self.home = HomePage.objects.get(pk=self.world.home.pk)

    def test_home_page_lives_only_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanNotCreateAt(SectionPage, HomePage)
        self.assertCanNotCreateAt(StandardPage, HomePage)

    def test_sections_nest_and_hold_standard_pages(self):
        self.assertAllowedParentPageTypes(SectionPage, {HomePage, SectionPage})
        self.assertAllowedSubpageTypes(
            SectionPage,
            {SectionPage, StandardPage, ManualIndexPage, ContestIndexPage, CommunityIndexPage},
        )
        self.assertCanCreateAt(HomePage, SectionPage)
        self.assertCanCreateAt(SectionPage, StandardPage)

    def test_standard_pages_are_leaves(self):
        self.assertAllowedSubpageTypes(StandardPage, {})
        self.assertCanNotCreateAt(StandardPage, SectionPage)

    def test_only_one_home_page_per_parent(self):
        root = Page.get_first_root_node()
        self.assertFalse(HomePage.can_create_at(root.get_children().first()))
        self.assertFalse(HomePage.can_create_at(root))  # one per locale tree exists already

    def test_editor_can_create_a_section_through_the_admin_form(self):
        self.login()
        self.assertCanCreate(
            self.home,
            SectionPage,
            nested_form_data(
                {"title": "หมวดใหม่", "slug": "new-section", "intro": rich_text("<p>บทนำ</p>")}
            ),
        )

    def test_every_page_type_renders(self):
        section = SectionPageFactory(parent=self.home)
        standard = StandardPageFactory(
            parent=section,
            body=[
                ("heading", {"text": "หัวข้อ", "level": "h2"}),
                ("quote", {"text": "คำคม", "attribution": "ผู้พูด"}),
            ],
        )
        for page in (self.home, section, standard):
            self.assertPageIsRenderable(page)

    def test_page_models_declare_search_fields(self):
        for model in (HomePage, SectionPage, StandardPage):
            names = {field.field_name for field in model.search_fields}
            self.assertIn("title", names)
            self.assertIn("intro", names)

"""The contest announcement pages: where they may be created and how they render."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from contests.factories import CategoryFactory, ContestIndexPageFactory, ContestPageFactory
from contests.models import ContestIndexPage, ContestPage
from portal.factories import user_with_role
from portal.models import HomePage, SectionPage
from tests.world import world


def _contest_index(world):
    """The contest index on the staff-only intranet, as an installation has it."""
    return ContestIndexPageFactory(parent=world.intranet, title="ประกวดผลงาน", slug="contests")


@pytest.mark.django_db
class ContestPageTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = world()

    def test_contests_live_under_a_section(self):
        self.assertCanCreateAt(SectionPage, ContestIndexPage)
        self.assertCanCreateAt(ContestIndexPage, ContestPage)
        self.assertCanNotCreateAt(HomePage, ContestPage)
        self.assertCanNotCreateAt(SectionPage, ContestPage)

    def test_pages_render_for_staff_with_their_entries_and_links(self):
        index = ContestIndexPageFactory(parent=self.world.intranet)
        page = ContestPageFactory(parent=index)
        self.client.force_login(user_with_role("manager"))
        self.assertPageIsRenderable(index)
        self.assertPageIsRenderable(page)
        html = self.client.get(page.url).content.decode()
        assert f"/manage/{page.contest.pk}/" in html

    def test_the_announcement_is_closed_to_the_public(self):
        page = ContestPageFactory(parent=_contest_index(self.world))
        assert self.client.get(page.url).status_code == 302
        self.client.force_login(user_with_role("citizen"))
        assert self.client.get(page.url).status_code in (302, 403)
        assert Page.objects.filter(pk=page.pk).live().exists()


@pytest.mark.django_db
def test_index_lists_contests_in_constant_queries(site, sign_in, django_assert_max_num_queries):
    index = ContestIndexPageFactory(parent=site.intranet)
    ContestPageFactory(parent=index)
    client = sign_in("staff")
    with CaptureQueriesContext(connection) as one:
        client.get(index.url)
    for _ in range(12):
        ContestPageFactory(parent=index)
    with django_assert_max_num_queries(len(one)):
        response = client.get(index.url)
    assert response.status_code == 200
    assert response.content.decode().count("child-list__item") == 12


@pytest.mark.django_db
def test_the_contest_page_shows_windows_and_rubrics_and_unknown_slugs_are_404(site, sign_in):
    page = ContestPageFactory(parent=_contest_index(site), slug="smile-contest")
    slogans = CategoryFactory(contest=page.contest, name="คำขวัญบริการ", criteria=[(50, 10), (50, 5)])
    CategoryFactory(contest=page.contest, name="ตราสัญลักษณ์", criteria=[(70, 10), (30, 10)])
    slogans.criteria.filter(sort_order=0).update(name="ความสอดคล้องกับ SMILE")
    client = sign_in("staff")
    html = client.get(page.url).content.decode()
    for category in page.contest.categories.all():
        assert category.name in html
        for criterion in category.criteria.all():
            assert f"{criterion.weight}%" in html
    assert "ความสอดคล้องกับ SMILE" in html
    assert client.get(f"{page.get_parent().url}no-such-contest/").status_code == 404
    assert client.get(f"{page.url}deeper/").status_code == 404

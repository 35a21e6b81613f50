"""The contest announcement pages: where they may be created and how they render."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from contests.factories import ContestIndexPageFactory, ContestPageFactory
from contests.models import ContestIndexPage, ContestPage
from portal.demo.loader import demo_user
from portal.models import HomePage, SectionPage

pytestmark = pytest.mark.demo


@pytest.mark.django_db
class ContestPageTests(WagtailPageTestCase):
    def test_contests_live_under_a_section(self):
        self.assertCanCreateAt(SectionPage, ContestIndexPage)
        self.assertCanCreateAt(ContestIndexPage, ContestPage)
        self.assertCanNotCreateAt(HomePage, ContestPage)
        self.assertCanNotCreateAt(SectionPage, ContestPage)

    def test_pages_render_for_staff_with_their_entries_and_links(self):
        intranet = SectionPage.objects.get(slug="intranet", locale__language_code="th")
        index = ContestIndexPageFactory(parent=intranet)
        page = ContestPageFactory(parent=index)
        self.client.force_login(demo_user("manager"))
        self.assertPageIsRenderable(index)
        self.assertPageIsRenderable(page)
        html = self.client.get(page.url).content.decode()
        assert f"/manage/{page.contest.pk}/" in html

    def test_the_announcement_is_closed_to_the_public(self):
        page = ContestPage.objects.get(locale__language_code="th")
        assert self.client.get(page.url).status_code == 302
        self.client.force_login(demo_user("citizen"))
        assert self.client.get(page.url).status_code in (302, 403)
        assert Page.objects.filter(pk=page.pk).live().exists()


@pytest.mark.django_db
def test_index_lists_contests_in_constant_queries(client, django_assert_max_num_queries):
    intranet = SectionPage.objects.get(slug="intranet", locale__language_code="th")
    index = ContestIndexPageFactory(parent=intranet)
    ContestPageFactory(parent=index)
    client.force_login(demo_user("staff"))
    with CaptureQueriesContext(connection) as one:
        client.get(index.url)
    for _ in range(12):
        ContestPageFactory(parent=index)
    with django_assert_max_num_queries(len(one)):
        response = client.get(index.url)
    assert response.status_code == 200
    assert response.content.decode().count("child-list__item") == 12


@pytest.mark.django_db
def test_the_contest_page_shows_windows_and_rubrics_and_unknown_slugs_are_404(client):
    page = ContestPage.objects.get(locale__language_code="th")
    client.force_login(demo_user("staff"))
    html = client.get(page.url).content.decode()
    for category in page.contest.categories.all():
        assert category.name in html
        for criterion in category.criteria.all():
            assert f"{criterion.weight}%" in html
    assert "ความสอดคล้องกับ SMILE" in html
    assert client.get(f"{page.get_parent().url}no-such-contest/").status_code == 404
    assert client.get(f"{page.url}deeper/").status_code == 404

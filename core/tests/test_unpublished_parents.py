"""A live page under an unpublished one is served, listed and found by nobody."""

import pytest

from portal.factories import SectionPageFactory, StandardPageFactory

pytestmark = [pytest.mark.django_db]

TITLE = "ขั้นตอนที่ยังไม่เปิดเผย"


@pytest.fixture
def orphan(site):
    section = SectionPageFactory(parent=site.home, slug="hidden-section")
    page = StandardPageFactory(parent=section, slug="still-live", title=TITLE)
    section.unpublish()
    page.refresh_from_db()
    assert page.live
    return page


@pytest.mark.parametrize("role", [None, "staff", "admin"])
def test_nobody_is_served_a_page_under_an_unpublished_one(sign_in, orphan, role):
    assert sign_in(role).get(orphan.url).status_code == 404


@pytest.mark.parametrize("role", [None, "admin"])
def test_it_is_in_no_listing_search_or_sitemap(sign_in, orphan, role):
    client = sign_in(role)
    assert orphan.url not in client.get("/th/search/", {"q": TITLE}).content.decode()
    assert orphan.url not in client.get("/sitemap.xml").content.decode()


def test_republishing_the_parent_brings_it_back(client, orphan):
    orphan.get_parent().specific.save_revision().publish()
    assert client.get(orphan.url).status_code == 200

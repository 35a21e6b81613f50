"""Navigation is cached across requests, yet every change shows on the next request."""

import re

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, PageViewRestriction

from core import site_version
from manuals.factories import HandbookIndexPageFactory
from portal.factories import SectionPageFactory, StandardPageFactory
from tests.world import translate

pytestmark = [pytest.mark.django_db]

ABOUT = {"th": "เกี่ยวกับโครงการ SMILE", "en": "About SMILE"}


@pytest.fixture(scope="module", autouse=True)
def menu_pages(module_site):
    """In the menu, in Thai and English: a section with a page, the handbooks and the
    staff-only intranet."""
    about = SectionPageFactory(
        parent=module_site.home, slug="about-smile", title=ABOUT["th"], show_in_menus=True
    )
    translate(about, title=ABOUT["en"])
    code = StandardPageFactory(parent=about, slug="smile-code")
    translate(code, title="The SMILE code")
    handbooks = HandbookIndexPageFactory(
        parent=module_site.home, slug="handbooks", show_in_menus=True
    )
    translate(handbooks, title="Citizen handbooks")
    for intranet in (module_site.intranet, module_site.intranet_en):
        intranet.show_in_menus = True
        intranet.save_revision().publish()
    return module_site


def menu(client, url="/th/"):
    html = client.get(url).content.decode()
    nav = re.search(r'<nav class="main-nav".*?</nav>', html, re.S).group(0)
    return dict(re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', nav))


def crumbs(client, url):
    html = client.get(url).content.decode()
    nav = re.search(r'<nav class="breadcrumbs".*?</nav>', html, re.S).group(0)
    return re.findall(r'<a href="([^"]+)">', nav)


def section(slug="about-smile", language="th"):
    return Page.objects.get(slug=slug, locale__language_code=language).specific


def test_unpublishing_and_renaming_show_in_the_menu_at_once(client):
    about = section()
    assert menu(client)["/th/about-smile/"] == ABOUT["th"]

    about.unpublish()
    assert "/th/about-smile/" not in menu(client)

    about.refresh_from_db()
    about.title = "เกี่ยวกับ SMILE (ใหม่)"
    about.save_revision().publish()
    assert menu(client)["/th/about-smile/"] == "เกี่ยวกับ SMILE (ใหม่)"
    assert "/en/about-smile/" in menu(client, "/en/")


def test_a_new_menu_page_appears_once_published(client):
    assert "/th/new-section/" not in menu(client)
    home = Page.objects.get(depth=2, locale__language_code="th")
    StandardPageFactory(parent=home, slug="new-section", title="หมวดใหม่", show_in_menus=True)
    assert menu(client)["/th/new-section/"] == "หมวดใหม่"


def test_a_page_moved_out_of_the_menu_leaves_it(client):
    assert "/th/handbooks/" in menu(client)
    section("handbooks").move(section(), pos="last-child")
    assert "/th/handbooks/" not in menu(client)
    assert "/th/about-smile/handbooks/" in client.get("/th/about-smile/").content.decode()


def test_a_view_restriction_hides_the_page_from_outsiders_at_once(client, sign_in):
    about = section()
    assert "/th/about-smile/" in menu(client)

    restriction = PageViewRestriction.objects.create(
        page=about, restriction_type=PageViewRestriction.LOGIN
    )
    assert "/th/about-smile/" not in menu(client)
    assert "/th/about-smile/" in menu(sign_in("citizen"))

    restriction.delete()
    assert "/th/about-smile/" in menu(client)


def test_a_group_added_to_a_restriction_opens_the_page_to_its_members(sign_in, user_for):
    client = sign_in("citizen")
    assert "/th/intranet/" not in menu(client)

    readers = Group.objects.create(name="Intranet readers")
    user_for("citizen").groups.add(readers)
    PageViewRestriction.objects.get(page=section("intranet")).groups.add(readers)
    assert "/th/intranet/" in menu(client)


def test_staff_visiting_first_does_not_show_the_intranet_to_others(sign_in):
    assert "/th/intranet/" in menu(sign_in("staff"))
    assert "/th/intranet/" not in menu(sign_in())
    assert "/th/intranet/" not in menu(sign_in("citizen"))


def test_breadcrumbs_and_language_links_follow_a_new_slug(client):
    assert crumbs(client, "/en/about-smile/smile-code/") == ["/en/", "/en/about-smile/"]
    about = section()
    about.slug = "smile"
    about.save_revision().publish()
    assert crumbs(client, "/th/smile/smile-code/") == ["/th/", "/th/smile/"]
    html = client.get("/en/about-smile/smile-code/").content.decode()
    assert 'href="/th/smile/smile-code/" hreflang="th"' in html


def test_the_version_is_replaced_again_once_the_change_commits(
    django_capture_on_commit_callbacks,
):
    """Another process may rebuild from the old rows between the change and its
    commit; replacing the version after the commit drops what it cached."""
    before = site_version.current()
    with django_capture_on_commit_callbacks() as callbacks:
        section().unpublish()
        during = site_version.current()
    assert during != before
    for callback in callbacks:
        callback()
    assert site_version.current() not in (before, during)

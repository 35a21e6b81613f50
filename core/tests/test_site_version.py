"""What replaces the site version (and so every cached menu, route and rule)."""

import pytest

from core import site_version
from portal.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(site):
    return StandardPageFactory(parent=site.home, title="ขั้นตอนการยื่นแบบ")


def replaced(action):
    before = site_version.current()
    action()
    return site_version.current() != before


def test_a_draft_save_leaves_the_cached_menu_alone(page):
    def draft():
        page.title = "ขั้นตอนใหม่ที่ยังไม่เผยแพร่"
        page.save_revision()

    assert not replaced(draft)


def test_a_new_draft_page_leaves_the_cached_menu_alone(site):
    assert not replaced(lambda: StandardPageFactory(parent=site.home, live=False))


def test_publishing_replaces_it(page):
    page.title = "ชื่อใหม่"
    revision = page.save_revision()
    assert replaced(revision.publish)


def test_unpublishing_moving_and_deleting_replace_it(site, page):
    assert replaced(page.unpublish)
    other = StandardPageFactory(parent=site.home)
    assert replaced(lambda: other.move(site.intranet, pos="last-child"))
    assert replaced(other.delete)


def test_a_privacy_change_replaces_it(page):
    from wagtail.models import PageViewRestriction

    assert replaced(
        lambda: PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.LOGIN
        )
    )

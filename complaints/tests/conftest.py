import datetime

import pytest
from django.utils import timezone

from core.working_time import BANGKOK
from offices.factories import OfficeIndexPageFactory, OfficePageFactory
from offices.models import OfficePage
from portal.models import StaffProfile


def bangkok(*parts):
    return datetime.datetime(*parts, tzinfo=BANGKOK)


@pytest.fixture(scope="module")
def office_ids(module_site):
    """The ids of :func:`offices`, whose pages are made once per test module."""
    index = OfficeIndexPageFactory(parent=module_site.home)
    area = OfficePageFactory(parent=index, code="PLK", title="สรรพากรพื้นที่พิษณุโลก")
    pages = {
        "regional": OfficePageFactory(parent=index, code="R7", regional=True),
        "area": area,
        "branch": OfficePageFactory(parent=area, code="PLK-01", branch=True),
        "other": OfficePageFactory(parent=index, code="SKT", title="สรรพากรพื้นที่สุโขทัย"),
    }
    return {name: page.pk for name, page in pages.items()}


@pytest.fixture
def offices(site, office_ids):
    """The regional office, an area office with a branch, and a second area office,
    read afresh for each test (a test may change them; its rollback restores them)."""
    pages = OfficePage.objects.in_bulk(office_ids.values())
    return {name: pages[pk] for name, pk in office_ids.items()}


@pytest.fixture
def at(monkeypatch):
    """``at(moment)``: from now on, "now" is ``moment`` (for the workflow's events)."""

    def move(moment):
        monkeypatch.setattr(timezone, "now", lambda: moment)
        return moment

    return move


def work_at(user, office):
    StaffProfile.objects.update_or_create(user=user, defaults={"office": office})
    return user

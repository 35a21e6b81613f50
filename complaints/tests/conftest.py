import datetime

import pytest
from django.utils import timezone

from core.working_time import BANGKOK
from offices.factories import OfficeIndexPageFactory, OfficePageFactory
from portal.models import StaffProfile


def bangkok(*parts):
    return datetime.datetime(*parts, tzinfo=BANGKOK)


@pytest.fixture
def offices(site):
    """The regional office, an area office with a branch, and a second area office."""
    index = OfficeIndexPageFactory(parent=site.home)
    area = OfficePageFactory(parent=index, code="PLK", title="สรรพากรพื้นที่พิษณุโลก")
    return {
        "regional": OfficePageFactory(parent=index, code="R7", regional=True),
        "area": area,
        "branch": OfficePageFactory(parent=area, code="PLK-01", branch=True),
        "other": OfficePageFactory(parent=index, code="SKT", title="สรรพากรพื้นที่สุโขทัย"),
    }


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

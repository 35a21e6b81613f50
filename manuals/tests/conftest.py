"""Shared fixtures: a bilingual set of handbooks and manuals built with factories."""

import pytest

from manuals.models import CitizenHandbookPage, HandbookIndexPage, ServiceManualPage
from manuals.tests.helpers import build_manuals

ROLES = [None, "citizen", "staff", "editor", "moderator"]
STAFF_ROLES = {"staff", "editor", "moderator"}


@pytest.fixture(scope="module")
def module_manuals(module_site):
    """:func:`manuals.tests.helpers.build_manuals` on the module's site, built once."""
    return build_manuals(module_site)


@pytest.fixture
def manuals(module_manuals, db):
    return module_manuals


@pytest.fixture
def handbook_index(manuals):
    """The Thai handbook index (fetched afresh: tests may change it)."""
    return HandbookIndexPage.objects.get(pk=manuals.handbook_index.th.pk)


@pytest.fixture
def handbook(manuals):
    """A Thai handbook (filing a tax return at an office)."""
    return CitizenHandbookPage.objects.get(pk=manuals.handbooks["pit-filing-at-office"].th.pk)


@pytest.fixture
def manual(manuals):
    """A Thai manual (the counter standard, overdue for review)."""
    return ServiceManualPage.objects.get(pk=manuals.manuals["pit-counter-standard"].th.pk)

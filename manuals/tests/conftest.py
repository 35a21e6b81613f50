"""Shared fixtures: a bilingual set of handbooks and manuals built with factories."""

import pytest
from django.db import connection
from django.db.models.signals import post_migrate

from manuals.models import CitizenHandbookPage, HandbookIndexPage, ServiceManualPage
from manuals.tests.helpers import build_manuals

ROLES = [None, "citizen", "staff", "editor", "moderator"]
STAFF_ROLES = {"staff", "editor", "moderator"}


def _drop_plain_search_table(**kwargs):
    """Work around: with ``--nomigrations`` Django creates Wagtail's FTS index entry
    model as a plain table, so the virtual table ``tests.world.platform`` creates
    would clash with it. Drop the plain one (never the real virtual table). The same
    receiver as portal's tests use (one dispatch uid), for runs of this app alone."""
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT sql FROM sqlite_master WHERE name = 'wagtailsearch_indexentry_fts'")
        row = cursor.fetchone()
        if row and "VIRTUAL" not in row[0].upper():
            cursor.execute("DROP TABLE wagtailsearch_indexentry_fts")


post_migrate.connect(_drop_plain_search_table, dispatch_uid="drop_plain_search_table")


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

"""Shared fixtures: the demo handbooks and manuals, and signed-in clients by role."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from manuals.models import CitizenHandbookPage, HandbookIndexPage, ServiceManualPage

ROLES = [None, "citizen", "staff", "editor", "moderator"]
STAFF_ROLES = {"staff", "editor", "moderator"}


@pytest.fixture
def client_for():
    """``client_for("staff")``: a client signed in as that demo user (None: anonymous)."""

    def make(username, **kwargs):
        client = Client(**kwargs)
        if username:
            client.force_login(get_user_model().objects.get(username=username))
        return client

    return make


@pytest.fixture
def handbook_index():
    return HandbookIndexPage.objects.get(locale__language_code="th")


@pytest.fixture
def handbook():
    return CitizenHandbookPage.objects.get(slug="pit-filing-at-office", locale__language_code="th")


@pytest.fixture
def manual():
    return ServiceManualPage.objects.get(slug="pit-counter-standard", locale__language_code="th")

"""Fixtures for the community tests: the demo communities and signed-in roles."""

import pytest

from communities.models import CommunityPage, Topic
from portal.demo.loader import demo_user

ROLES = [None, "citizen", "staff", "moderator", "editor", "judge1", "manager", "admin"]
STAFF_ROLES = {"staff", "moderator", "editor", "judge1", "manager", "admin"}


@pytest.fixture
def community():
    """The Thai front-counter community (its data lives on this page)."""
    return CommunityPage.objects.get(slug="front-counter", locale__language_code="th")


@pytest.fixture
def english_community(community):
    return community.get_translation(community.get_translations().get().locale)


@pytest.fixture
def topic(community):
    return Topic.objects.filter(community=community, hidden=False).order_by("pk").first()


@pytest.fixture
def sign_in(client):
    def login(username):
        if username:
            client.force_login(demo_user(username))
        return client

    return login

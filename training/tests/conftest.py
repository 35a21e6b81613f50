"""Fixtures: a small course and a learner without progress."""

import pytest

from portal.factories import UserFactory
from training.tests.helpers import build_course


@pytest.fixture
def course(site):
    return build_course()


@pytest.fixture
def learner(db):
    """A staff member with no progress."""
    return UserFactory(username="learner", first_name="สมหญิง", last_name="ตั้งใจ", groups=["Staff"])

"""Fixtures: a small course, a learner without progress and a quiz open to them."""

import pytest

from portal.factories import UserFactory
from training.learning import complete_lesson, enrol
from training.tests.helpers import build_course


@pytest.fixture
def course(site):
    return build_course()


@pytest.fixture
def learner(db):
    """A staff member with no progress."""
    return UserFactory(username="learner", first_name="สมหญิง", last_name="ตั้งใจ", groups=["Staff"])


@pytest.fixture(scope="module")
def one_module_course(module_site):
    """A one-module course, built once for the module."""
    return build_course(modules=1, lessons=1)


@pytest.fixture
def quiz(client, learner, one_module_course):
    """The quiz of ``one_module_course``, open to ``learner`` (signed in), whose lessons are done."""
    enrol(learner, one_module_course.page)
    complete_lesson(learner, one_module_course.lessons[0])
    client.force_login(learner)
    return one_module_course.quizzes[0]

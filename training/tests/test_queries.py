"""Progress pages cost the same number of queries whatever the course size."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.routing import subpage_url
from training.learning import complete_lesson, enrol
from training.tests.helpers import build_course, course_index

pytestmark = [pytest.mark.django_db]

# my_learning 20: the header reads the signed-in person's profile and the bell's count.
BUDGET = {"my_learning": 20, "course": 24, "lesson": 24}


def count(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.fixture
def courses(client, learner, site):
    small = build_course(modules=1, lessons=1)
    large = build_course(modules=4, lessons=4)
    for course in (small, large):
        enrol(learner, course.page)
        complete_lesson(learner, course.lessons[0])
    client.force_login(learner)
    client.get("/th/")  # warm per-process caches
    return small, large


def test_my_learning(client, learner, courses, django_assert_max_num_queries):
    url = subpage_url(course_index(), "my_learning")
    with django_assert_max_num_queries(BUDGET["my_learning"]):
        assert client.get(url).status_code == 200
    before = count(client, url)
    more = build_course(modules=3, lessons=3)
    enrol(learner, more.page)
    complete_lesson(learner, more.lessons[0])
    client.get(url)  # publishing the course rebuilt the cached navigation
    assert count(client, url) == before
    assert more.page.title in client.get(url).content.decode()


def test_course_and_lesson_pages(client, courses, django_assert_max_num_queries):
    """Once a page's route is remembered (the first request walks the tree)."""
    small, large = courses
    for course in courses:
        client.get(course.page.url)
        client.get(course.lessons[0].url)
        with django_assert_max_num_queries(BUDGET["course"]):
            client.get(course.page.url)
        with django_assert_max_num_queries(BUDGET["lesson"]):
            client.get(course.lessons[0].url)
    assert count(client, small.page.url) == count(client, large.page.url)
    assert count(client, small.lessons[0].url) == count(client, large.lessons[0].url)

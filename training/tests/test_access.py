"""Who may open what: every training URL for every role."""

import pytest
from django.urls import reverse

from portal.demo.loader import demo_user
from training.models import Certificate, CoursePage, LessonPage, QuizPage

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

ROLES = [None, "citizen", "staff", "supervisor", "editor", "admin"]
LEARNERS = {"staff", "supervisor", "editor", "admin"}


def sign_in(client, username):
    if username:
        client.force_login(demo_user(username))


def expect_denied(response, username):
    if username is None:
        assert response.status_code == 302
        assert "/accounts/login/?next=" in response["Location"]
    else:
        assert response.status_code == 403
        assert "forbidden.html" in [template.name for template in response.templates]


def staff_urls():
    lesson = LessonPage.objects.get(slug="first-smile", locale__language_code="th")
    quiz = QuizPage.objects.get(slug="s-quiz", locale__language_code="en")
    course = CoursePage.objects.get(slug="front-counter-excellence", locale__language_code="th")
    return [
        lesson.url,
        quiz.url,
        reverse("training:my_learning"),
        reverse("training:certificate", args=[course.pk]),
        reverse("training:certificate_pdf", args=[course.pk]),
    ]


@pytest.mark.parametrize("username", ROLES)
def test_lessons_quizzes_progress_and_certificates_are_for_staff(client, username):
    sign_in(client, username)
    for url in staff_urls():
        response = client.get(url)
        if username in LEARNERS:
            assert response.status_code in (200, 302), url
            assert "/accounts/login/" not in response.get("Location", ""), url
        else:
            expect_denied(response, username)
            assert "ยิ้มแรก" not in response.content.decode()


@pytest.mark.parametrize("username", ROLES)
def test_report_and_csv_are_for_supervisors(client, username):
    sign_in(client, username)
    for url in (reverse("training:report"), reverse("training:report_csv")):
        response = client.get(url)
        if username in ("supervisor", "admin"):
            assert response.status_code == 200
        else:
            expect_denied(response, username)


@pytest.mark.parametrize("username", ROLES)
def test_public_course_descriptions_are_public(client, username):
    sign_in(client, username)
    for url in ("/th/training/", "/en/training/smile/", "/th/training/verify/"):
        assert client.get(url).status_code == 200


def test_staff_only_course_needs_a_staff_login(client):
    from training.tests.helpers import build_course

    course = build_course(modules=1, lessons=1, public_description=False)
    course.page.save_revision().publish()  # publishing applies the course's privacy
    expect_denied(client.get(course.page.url), None)
    sign_in(client, "citizen")
    expect_denied(client.get(course.page.url), "citizen")
    assert course.page.title not in client.get("/th/training/").content.decode()
    search = client.get("/th/search/", {"q": course.page.title}).content.decode()
    assert course.page.url not in search
    sign_in(client, "staff")
    assert client.get(course.page.url).status_code == 200
    assert course.page.title in client.get("/th/training/").content.decode()


def test_lessons_never_show_in_search_or_the_sitemap(client):
    sign_in(client, "citizen")
    body = client.get("/th/search/", {"q": "รอยยิ้มแรกที่เคาน์เตอร์"}).content.decode()
    assert "/first-smile/" not in body
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/training/smile/" in sitemap
    assert "/first-smile/" not in sitemap and "/s-quiz/" not in sitemap


def test_actions_need_post_and_staff(client):
    lesson = LessonPage.objects.get(slug="first-smile", locale__language_code="th")
    url = reverse("training:complete_lesson", args=[lesson.pk])
    sign_in(client, "citizen")
    assert client.post(url).status_code == 403
    sign_in(client, "staff")
    assert client.get(url).status_code == 405
    assert client.post(reverse("training:complete_lesson", args=[999999])).status_code == 404


def test_a_certificate_url_shows_only_your_own(client):
    theirs = Certificate.objects.get(user__username="staff")
    sign_in(client, "editor")
    response = client.get(reverse("training:certificate", args=[theirs.course_id]))
    assert response.status_code == 302  # the editor has not completed it
    assert not Certificate.objects.filter(user__username="editor").exists()

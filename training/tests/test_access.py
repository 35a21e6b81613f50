"""Who may open what: every training URL for every role."""

import pytest

from core.routing import subpage_url
from training.models import Certificate
from training.tests.helpers import build_course, complete_course, course_index

pytestmark = [pytest.mark.django_db]

ROLES = [None, "citizen", "staff", "supervisor", "editor", "admin"]
LEARNERS = {"staff", "supervisor", "editor", "admin"}


@pytest.fixture(scope="module")
def course(module_site):
    """A public course in Thai and English, built once for the module."""
    return build_course(modules=1, lessons=1, english={"title": "Course in English"})


def expect_denied(response, username):
    if username is None:
        assert response.status_code == 302
        assert "/accounts/login/?next=" in response["Location"]
    else:
        assert response.status_code == 403
        assert "forbidden.html" in [template.name for template in response.templates]


def staff_urls(course):
    lesson = course.lessons[0]
    quiz = course.english_pages[course.quizzes[0].pk]
    return [
        lesson.url,
        quiz.url,
        subpage_url(course_index(), "my_learning"),
        subpage_url(course.page, "certificate"),
        subpage_url(course.page, "certificate_pdf"),
    ]


@pytest.mark.parametrize("username", ROLES)
def test_lessons_quizzes_progress_and_certificates_are_for_staff(sign_in, course, username):
    client = sign_in(username)
    for url in staff_urls(course):
        response = client.get(url)
        if username in LEARNERS:
            assert response.status_code in (200, 302), url
            assert "/accounts/login/" not in response.get("Location", ""), url
        else:
            expect_denied(response, username)
            assert course.lessons[0].title not in response.content.decode()


@pytest.mark.parametrize("username", ROLES)
def test_report_and_csv_are_for_supervisors(sign_in, module_site, username):
    client = sign_in(username)
    index = course_index()
    for url in (subpage_url(index, "report"), subpage_url(index, "report_csv")):
        response = client.get(url)
        if username in ("supervisor", "admin"):
            assert response.status_code == 200
        else:
            expect_denied(response, username)


@pytest.mark.parametrize("username", ROLES)
def test_public_course_descriptions_are_public(sign_in, course, username):
    client = sign_in(username)
    assert course.english.url == f"/en/training/{course.english.slug}/"
    for url in ("/th/training/", course.english.url, "/th/training/verify/"):
        assert client.get(url).status_code == 200


def test_staff_only_course_needs_a_staff_login(sign_in, module_site):
    course = build_course(modules=1, lessons=1, public_description=False)
    course.page.save_revision().publish()  # publishing applies the course's privacy
    expect_denied(sign_in().get(course.page.url), None)
    citizen = sign_in("citizen")
    expect_denied(citizen.get(course.page.url), "citizen")
    assert course.page.title not in citizen.get("/th/training/").content.decode()
    search = citizen.get("/th/search/", {"q": course.page.title}).content.decode()
    assert course.page.url not in search
    staff = sign_in("staff")
    assert staff.get(course.page.url).status_code == 200
    assert course.page.title in staff.get("/th/training/").content.decode()


def test_lessons_never_show_in_search_or_the_sitemap(sign_in, course):
    lesson, quiz = course.lessons[0], course.quizzes[0]
    body = sign_in("citizen").get("/th/search/", {"q": lesson.title}).content.decode()
    assert f"/{lesson.slug}/" not in body
    sitemap = sign_in().get("/sitemap.xml").content.decode()
    assert f"/training/{course.page.slug}/" in sitemap
    assert f"/{lesson.slug}/" not in sitemap and f"/{quiz.slug}/" not in sitemap


def test_actions_need_post_and_staff(sign_in, course):
    url = subpage_url(course.lessons[0], "complete_lesson")
    assert sign_in("citizen").post(url).status_code == 403
    staff = sign_in("staff")
    assert staff.get(url).status_code == 405
    assert staff.post(f"{course.modules[0].url}no-such-lesson/done/").status_code == 404


def test_a_certificate_url_shows_only_your_own(sign_in, user_for, course):
    theirs = complete_course(user_for("staff"), course)
    assert Certificate.objects.filter(user=user_for("staff")).get() == theirs
    editor = sign_in("editor")
    response = editor.get(subpage_url(course.page, "certificate"))
    assert response.status_code == 302  # the editor has not completed it
    assert not Certificate.objects.filter(user=user_for("editor")).exists()

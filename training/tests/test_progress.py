"""Enrolment, lessons in order, and the completion rule (checked on the server)."""

import pytest

from core.routing import subpage_url
from training import quiz as quizzes
from training.factories import MULTIPLE, SINGLE
from training.learning import TrainingError, complete_lesson, enrol, issue_certificate
from training.models import Certificate, Enrolment, LessonCompletion
from training.progress import course_progress
from training.tests.helpers import answers, build_course, option_ids, right_answers
from training.tests.i18n import in_thai

pytestmark = [pytest.mark.django_db]


@pytest.fixture(scope="module")
def course(module_site):
    """Two modules of two lessons and a quiz, built once for the module."""
    return build_course()


def done_url(lesson):
    return subpage_url(lesson, "complete_lesson")


def pass_quiz(user, quiz):
    attempt = quizzes.start_attempt(user, quiz, quiz.pk)
    return quizzes.submit(user, attempt.pk, quiz, right_answers(quiz))


def test_lessons_need_an_enrolment_first(client, learner, course):
    client.force_login(learner)
    response = client.get(course.lessons[0].url, follow=True)
    assert response.redirect_chain[0][0] == course.page.url
    assert in_thai("Enrol on this course to start its lessons.") in response.content.decode()
    response = client.post(done_url(course.lessons[0]), follow=True)
    assert not LessonCompletion.objects.filter(user=learner).exists()


def test_enrolling_opens_the_first_lesson_only(client, learner, course):
    client.force_login(learner)
    response = client.post(subpage_url(course.page, "enrol"))
    assert response["Location"] == course.lessons[0].url
    assert client.post(subpage_url(course.page, "enrol")).status_code == 302
    assert Enrolment.objects.filter(user=learner).count() == 1  # a double click enrols once
    assert client.get(course.lessons[0].url).status_code == 200
    locked = client.get(course.lessons[1].url, follow=True)
    assert (
        in_thai("This step is locked: finish the lessons before it first.")
        in locked.content.decode()
    )


def test_the_next_lesson_opens_when_the_previous_is_done(client, learner, course):
    client.force_login(learner)
    enrol(learner, course.page)
    response = client.post(done_url(course.lessons[1]))  # out of order
    assert not LessonCompletion.objects.filter(user=learner).exists()
    response = client.post(done_url(course.lessons[0]))
    assert response["Location"] == course.lessons[1].url
    client.post(done_url(course.lessons[0]))  # double submit
    assert LessonCompletion.objects.filter(user=learner).count() == 1
    assert client.get(course.lessons[1].url).status_code == 200


def test_quiz_opens_after_the_module_lessons(client, learner, course):
    client.force_login(learner)
    enrol(learner, course.page)
    assert client.get(course.quizzes[0].url).status_code == 302
    for lesson in course.lessons[:2]:
        complete_lesson(learner, lesson)
    assert client.get(course.quizzes[0].url).status_code == 200


def test_completion_needs_every_lesson_and_every_quiz(learner, course):
    enrol(learner, course.page)
    for lesson in course.lessons:
        complete_lesson(learner, lesson)
    pass_quiz(learner, course.quizzes[0])
    assert not course_progress(learner, course.page).complete
    assert issue_certificate(learner, course.page) is None
    pass_quiz(learner, course.quizzes[1])
    progress = course_progress(learner, course.page)
    assert progress.complete and progress.percent == 100
    assert issue_certificate(learner, course.page) is not None
    assert (
        issue_certificate(learner, course.page) == course_progress(learner, course.page).certificate
    )
    assert Certificate.objects.filter(user=learner).count() == 1


def test_a_failed_quiz_does_not_complete_the_course(learner, module_site):
    course = build_course(modules=1, lessons=1)
    enrol(learner, course.page)
    complete_lesson(learner, course.lessons[0])
    quiz = course.quizzes[0]
    attempt = quizzes.start_attempt(learner, quiz, quiz.pk)
    wrong = answers(
        **{SINGLE: option_ids(quiz, SINGLE)[1:], MULTIPLE: option_ids(quiz, MULTIPLE)[2:]}
    )
    assert not quizzes.submit(learner, attempt.pk, quiz, wrong).passed
    assert issue_certificate(learner, course.page) is None


def test_the_last_lesson_issues_the_certificate(client, learner, module_site):
    course = build_course(modules=1, lessons=2)
    enrol(learner, course.page)
    complete_lesson(learner, course.lessons[0])
    pass_quiz(learner, course.quizzes[0])  # passing early does not skip the lesson rule
    assert not Certificate.objects.filter(user=learner).exists()
    with pytest.raises(TrainingError):
        complete_lesson(learner, course.lessons[0].get_parent())  # not a lesson step
    client.force_login(learner)
    response = client.post(done_url(course.lessons[1]))
    assert response["Location"] == subpage_url(course.page, "certificate")
    assert Certificate.objects.filter(user=learner).count() == 1


def test_progress_counts_in_every_language(client, learner, user_for, module_site):
    course = build_course(modules=1, lessons=2, english={"title": "A course in English"})
    english, thai = course.english, course.page
    staff = user_for("staff")
    enrol(staff, thai)
    complete_lesson(staff, course.english_pages[course.lessons[0].pk])  # read in English
    assert course_progress(staff, english).done == course_progress(staff, thai).done > 0
    client.force_login(learner)
    client.post(subpage_url(english, "enrol"))
    assert Enrolment.objects.get(user=learner).course_id == thai.pk

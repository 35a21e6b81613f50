"""The demo courses: structure, translation, the staff account's progress, idempotency."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from portal.demo.loader import demo_user
from training import quiz as quizzes
from training.models import (
    Certificate,
    CoursePage,
    Enrolment,
    LessonCompletion,
    LessonPage,
    ModulePage,
    QuizAttempt,
    QuizPage,
)
from training.progress import course_progress

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

MODELS = [Enrolment, LessonCompletion, QuizAttempt, Certificate, CoursePage, LessonPage, QuizPage]


def test_smile_course_has_a_module_per_letter_in_both_languages():
    for language in ("th", "en"):
        smile = CoursePage.objects.get(slug="smile", locale__language_code=language)
        modules = ModulePage.objects.child_of(smile).order_by("path")
        assert [module.title[0] for module in modules] == list("SMILE")
        for module in modules:
            assert LessonPage.objects.child_of(module).live().count() == 2
            quiz = QuizPage.objects.child_of(module).get()
            assert len(quizzes.questions(quiz)) == 5
            scenario = [
                block
                for lesson in LessonPage.objects.child_of(module)
                for block in lesson.body
                if block.block_type == "scenario"
            ]
            assert len(scenario) == 1


def test_english_quizzes_keep_the_question_and_answer_ids():
    thai = QuizPage.objects.get(slug="s-quiz", locale__language_code="th")
    english = QuizPage.objects.get(slug="s-quiz", locale__language_code="en")
    assert list(quizzes.questions(thai)) == list(quizzes.questions(english))
    texts = [q["question"] for q in quizzes.questions(english).values()]
    assert not any("\u0e00" <= char <= "\u0e7f" for text in texts for char in text)


def test_staff_has_partial_progress_and_one_certificate():
    staff = demo_user("staff")
    smile = course_progress(staff, CoursePage.objects.get(slug="smile", locale__language_code="th"))
    assert 0 < smile.percent < 100 and smile.certificate is None
    counter = CoursePage.objects.get(slug="front-counter-excellence", locale__language_code="th")
    assert course_progress(staff, counter).complete
    assert Certificate.objects.get(user=staff).course_id == counter.pk


def test_loading_twice_changes_nothing():
    def counts():
        return [model.objects.count() for model in MODELS] + [PageViewRestriction.objects.count()]

    before = counts()
    call_command("load_demo_content", force=True, stdout=io.StringIO())
    assert counts() == before

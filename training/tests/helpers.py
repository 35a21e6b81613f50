"""Helpers for the training tests: a small course and quiz answers."""

from dataclasses import dataclass

from django.http import QueryDict

from training import quiz as quizzes
from training.factories import (
    CoursePageFactory,
    LessonPageFactory,
    ModulePageFactory,
    QuizPageFactory,
)
from training.models import CourseIndexPage


@dataclass
class Course:
    page: object
    modules: list
    lessons: list  # in course order
    quizzes: list


def build_course(modules=2, lessons=2, **fields):
    """A course under the Thai course index: ``modules`` × (``lessons`` lessons + a quiz)."""
    index = CourseIndexPage.objects.get(locale__language_code="th")
    course = CoursePageFactory(parent=index, **fields)
    built = Course(course, [], [], [])
    for _ in range(modules):
        module = ModulePageFactory(parent=course)
        built.modules.append(module)
        built.lessons += [LessonPageFactory(parent=module) for _ in range(lessons)]
        built.quizzes.append(QuizPageFactory(parent=module))
    return built


def answers(**chosen):
    """POST data: ``answers(q1=["a"], ...)`` → {"q-q1": ["a"], ...}."""
    data = QueryDict(mutable=True)
    for question_id, option_ids in chosen.items():
        data.setlist(f"q-{question_id}", option_ids)
    return data


def right_answers(quiz):
    """POST data answering every question of ``quiz`` correctly."""
    return answers(
        **{
            question_id: sorted(quizzes.correct_ids(question))
            for question_id, question in quizzes.questions(quiz).items()
        }
    )


def option_ids(quiz, question_id):
    return [option_id for option_id, _ in quizzes.options(quizzes.questions(quiz)[question_id])]

"""Helpers for the training tests: the course index, a small course and quiz answers."""

from dataclasses import dataclass, field

from django.http import QueryDict
from wagtail.models import Locale

from portal.models import HomePage
from tests.world import translate
from training import quiz as quizzes
from training.factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    LessonPageFactory,
    ModulePageFactory,
    QuizPageFactory,
)
from training.models import CourseIndexPage

# The course index at /<language>/training/, where its routes (my-learning/, verify/...)
# have always been.
INDEX_SLUG = "training"


@dataclass
class Course:
    page: object
    modules: list
    lessons: list  # in course order
    quizzes: list
    english: object = None  # the English translation of ``page``, when asked for
    english_pages: dict = field(default_factory=dict)  # Thai page pk → its translation


def course_index(english=False):
    """The Thai course index at ``/th/training/`` under the home page of the test's
    site (``site``/``module_site``), made once; with ``english`` also its translation."""
    index = CourseIndexPage.objects.filter(locale__language_code="th").first()
    if index is None:
        home = HomePage.objects.get(locale__language_code="th", depth=2)
        index = CourseIndexPageFactory(parent=home, slug=INDEX_SLUG)
    if english and index.get_translation_or_none(_english()) is None:
        translate(index, title="Training")
    return index


def _english():
    return Locale.objects.get(language_code="en")


def build_course(modules=2, lessons=2, english=None, **fields):
    """A course under the Thai course index: ``modules`` × (``lessons`` lessons + a quiz).

    ``english``: a dict of the English course page's fields (e.g. its title): the whole
    course is then translated, as an editor would before publishing it in English."""
    index = course_index(english=english is not None)
    course = CoursePageFactory(parent=index, **fields)
    built = Course(course, [], [], [])
    for _ in range(modules):
        module = ModulePageFactory(parent=course)
        built.modules.append(module)
        built.lessons += [LessonPageFactory(parent=module) for _ in range(lessons)]
        built.quizzes.append(QuizPageFactory(parent=module))
    if english is not None:
        built.english = translate(course, **english)
        for module in built.modules:
            built.english_pages[module.pk] = translate(module)
            for child in module.get_children().specific():
                built.english_pages[child.pk] = translate(child)
    return built


def complete_course(user, course):
    """Take ``course`` (a :class:`Course`) to the end as ``user``, in the order the rules
    allow; returns the certificate it earns."""
    from training.learning import complete_lesson, enrol, issue_certificate

    enrol(user, course.page)
    for module, quiz in zip(course.modules, course.quizzes, strict=True):
        for lesson in course.lessons:
            if lesson.get_parent().pk == module.pk:
                complete_lesson(user, lesson)
        attempt = quizzes.start_attempt(user, quiz, quiz.pk)
        quizzes.submit(user, attempt.pk, quiz, right_answers(quiz))
    return issue_certificate(user, course.page)


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

"""How far a learner has come: course outlines with done and locked steps.

Everything here reads. One query fetches a course's modules, lessons and quizzes
together with the learner's enrolment, finished lessons and quiz results, so a
course's progress costs the same whatever its size; the overview of every
course a learner is on costs a few more.
"""

from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property

from django.db.models import Exists, F, OuterRef, Q, Subquery
from wagtail.models import Locale, Page

from core.locales import source_page_ids
from training.models.progress import Certificate, Enrolment, LessonCompletion, QuizAttempt

LESSON, QUIZ = "lesson", "quiz"
# The training page types below a course, by model name (the pages import this
# module, so it names them), and the kind of step each one is.
OUTLINE_MODELS = {"modulepage": None, "lessonpage": LESSON, "quizpage": QUIZ}
OUTLINE_FIELDS = ("id", "title", "slug", "path", "depth", "url_path", "locale_id")


@dataclass
class Step:
    """A lesson or a quiz, in course order."""

    page: Page
    kind: str
    source_id: int
    done: bool = False
    locked: bool = True
    best_score: int | None = None


@dataclass
class Module:
    page: Page
    steps: list = field(default_factory=list)


@dataclass
class CourseProgress:
    user: object
    course: Page
    source_id: int
    modules: list
    enrolled: bool
    issued_at: datetime | None

    @property
    def steps(self):
        return [step for module in self.modules for step in module.steps]

    @property
    def total(self):
        return len(self.steps)

    @property
    def done(self):
        return sum(step.done for step in self.steps)

    @property
    def percent(self):
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def complete(self):
        """The completion rule: every lesson done and every module quiz passed."""
        return self.enrolled and self.total > 0 and self.done == self.total

    @property
    def next_step(self):
        return next((step for step in self.steps if not step.done), None)

    @cached_property
    def certificate(self):
        if self.issued_at is None:
            return None
        return Certificate.objects.filter(user=self.user, course_id=self.source_id).first()

    def step_for(self, page):
        return next((s for s in self.steps if s.page.translation_key == page.translation_key), None)


def course_path(page):
    """The tree path of the course that ``page`` (a course, module, lesson or quiz) is in;
    a plain ``Page`` is taken to be the course."""
    levels = getattr(page, "course_level", 0)
    return page.path[: len(page.path) - levels * Page.steplen]


def _rows(user, paths):
    """The courses at ``paths`` and their live modules, lessons and quizzes, in tree order,
    each annotated with ``user``'s record: one query."""
    outline = Q(
        content_type__app_label="training", content_type__model__in=OUTLINE_MODELS, live=True
    )
    below = Q()
    for path in paths:
        below |= Q(path__startswith=path)
    key = OuterRef("translation_key")
    attempts = QuizAttempt.objects.filter(
        user=user, submitted_at__isnull=False, quiz__translation_key=key
    )
    certificates = Certificate.objects.filter(user=user, course__translation_key=key)
    return (
        # The course row even while it is a draft, so a live lesson below never breaks.
        Page.objects.filter(Q(path__in=paths) | below & outline)
        .order_by("path")
        .only(*OUTLINE_FIELDS, "translation_key", "content_type_id")
        .annotate(
            model_name=F("content_type__model"),
            enrolled=Exists(Enrolment.objects.filter(user=user, course__translation_key=key)),
            lesson_done=Exists(
                LessonCompletion.objects.filter(user=user, lesson__translation_key=key)
            ),
            quiz_passed=Exists(attempts.filter(passed=True)),
            best_score=Subquery(attempts.order_by("-score").values("score")[:1]),
            source_id=Subquery(source_page_ids(key)),
            issued_at=Subquery(certificates.values("issued_at")[:1]),
        )
    )


def _progress_by_course(user, paths):
    rows = _rows(user, paths)
    lengths = {len(path) for path in paths}
    courses = {}
    for page in rows:
        if page.path in paths:
            courses[page.path] = CourseProgress(
                user, page, page.source_id or page.pk, [], page.enrolled, page.issued_at
            )
            continue
        progress = next(courses[page.path[:n]] for n in lengths if page.path[:n] in courses)
        kind = OUTLINE_MODELS.get(page.model_name)
        if kind is None:
            progress.modules.append(Module(page))
        elif progress.modules and page.path.startswith(progress.modules[-1].page.path):
            done = page.lesson_done if kind == LESSON else page.quiz_passed
            step = Step(page, kind, page.source_id or page.pk, done, True, page.best_score)
            progress.modules[-1].steps.append(step)
    for progress in courses.values():
        _lock(progress)
    return courses


def _lock(progress):
    """Lessons open in order; a module's quiz opens once every lesson before it is done."""
    blocked = not progress.enrolled
    for step in progress.steps:
        step.locked = blocked
        if step.kind == LESSON:
            blocked = blocked or not step.done


def course_progress(user, page):
    """``user``'s progress on the course ``page`` belongs to (a page in any language)."""
    path = course_path(page)
    return _progress_by_course(user, [path])[path]


def learning_overview(user):
    """Progress on every course ``user`` is enrolled on, in the active language."""
    enrolments = Enrolment.objects.filter(user=user).order_by("enrolled_at")
    keys = list(enrolments.values_list("course__translation_key", flat=True))
    if not keys:
        return []
    active = Locale.get_active()
    courses = {}
    live = Page.objects.live().filter(translation_key__in=keys)
    for page in live.only("path", "translation_key", "locale_id"):
        if page.translation_key not in courses or page.locale_id == active.pk:
            courses[page.translation_key] = page
    progress = _progress_by_course(user, [courses[key].path for key in keys])
    return [progress[courses[key].path] for key in keys if courses[key].path in progress]

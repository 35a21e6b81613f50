"""Demo courses for ``load_demo_content``: SMILE and front-counter excellence.

Pages are built and translated as an editor would; the ``staff`` account's
progress is made through the same functions the views call, so the completion
rules hold. Running it again changes nothing.
"""

from django.db import transaction
from django.http import QueryDict
from tqdm import tqdm

from portal.demo.loader import add_page, demo_user, translate
from portal.models import HomePage
from training import quiz as quizzes
from training.demo import counter, smile
from training.demo.text import ENGLISH, t
from training.learning import complete_lesson, enrol, issue_certificate
from training.models import (
    CourseIndexPage,
    CoursePage,
    LessonPage,
    ModulePage,
    QuizAttempt,
    QuizPage,
)

INDEX = {
    "title": t("การฝึกอบรม SMILE", "SMILE training"),
    "slug": "training",
    "show_in_menus": True,
    "intro": "<p>"
    + t(
        "เรียนรู้รหัส SMILE และกระบวนการพร้อม ทำแบบทดสอบ และรับเกียรติบัตรที่ตรวจสอบได้",
        "Learn the SMILE code and the ready processes, take the quizzes and earn a "
        "verifiable certificate.",
    )
    + "</p>",
}
PAGE_FIELDS = ("title", "slug", "intro")


def load(stdout):
    admin = demo_user("admin")
    home = HomePage.objects.get(locale__language_code="th", depth=2)
    with transaction.atomic():
        index = add_page(home, CourseIndexPage, INDEX, admin)
        pages = [index]
        courses = [_course(index, spec, admin, pages) for spec in (smile.COURSE, counter.COURSE)]
    for page in tqdm(pages, desc="Translating courses", unit="page", file=stdout):
        translate(page, ENGLISH, admin)
    with transaction.atomic():
        _staff_progress(*courses)
    return pages


def _course(index, spec, admin, pages):
    course = add_page(index, CoursePage, {k: v for k, v in spec.items() if k != "modules"}, admin)
    pages.append(course)
    for module_spec in spec["modules"]:
        fields = {name: module_spec[name] for name in PAGE_FIELDS}
        module = add_page(course, ModulePage, fields, admin)
        pages.append(module)
        pages.extend(
            add_page(module, LessonPage, lesson, admin) for lesson in module_spec["lessons"]
        )
        pages.append(add_page(module, QuizPage, module_spec["quiz"], admin))
    return course


def _staff_progress(smile_course, counter_course):
    """``staff``: the S module and one M lesson of SMILE; front-counter completed."""
    staff = demo_user("staff")
    for course in (smile_course, counter_course):
        enrol(staff, course)
    _finish_module(staff, counter_course, ModulePage.objects.child_of(counter_course).first())
    s_module, m_module = ModulePage.objects.child_of(smile_course).order_by("path")[:2]
    _finish_module(staff, smile_course, s_module)
    complete_lesson(staff, LessonPage.objects.child_of(m_module).order_by("path").first())


def _finish_module(user, course, module):
    for lesson in LessonPage.objects.child_of(module).order_by("path"):
        complete_lesson(user, lesson)
    quiz = QuizPage.objects.child_of(module).get()
    if not QuizAttempt.objects.filter(user=user, quiz=quiz, passed=True).exists():
        attempt = quizzes.start_attempt(user, quiz, quiz.pk)
        answers = QueryDict(mutable=True)
        for question_id, question in quizzes.questions(quiz).items():
            answers.setlist(f"q-{question_id}", sorted(quizzes.correct_ids(question)))
        quizzes.submit(user, attempt.pk, quiz, answers)
    issue_certificate(user, course)

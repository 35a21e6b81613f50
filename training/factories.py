"""Factories for training pages (wagtail_factories / factory_boy).

``QuizPageFactory`` asks two questions: ``single`` (one right answer) and
``multiple`` (two right answers), with the ids ``SINGLE`` and ``MULTIPLE``.
"""

import json

import factory
import wagtail_factories

from training.demo.text import paragraph, question
from training.models import CourseIndexPage, CoursePage, LessonPage, ModulePage, QuizPage

SINGLE, MULTIPLE = "single-question", "multiple-question"


def quiz_questions():
    single = question(
        "ข้อใดถูก",
        "Which is right?",
        [
            ("ถูก", "Right", True, "เพราะถูก", "Because it is right."),
            ("ผิด", "Wrong", False, "เพราะผิด", "Because it is wrong."),
        ],
    )
    multiple = question(
        "ข้อใดถูกบ้าง",
        "Which are right?",
        [
            ("หนึ่ง", "One", True, "", ""),
            ("สอง", "Two", True, "", ""),
            ("สาม", "Three", False, "", ""),
        ],
        kind="multiple",
    )
    single["id"], multiple["id"] = SINGLE, MULTIPLE
    return json.dumps([single, multiple])


class CourseIndexPageFactory(wagtail_factories.PageFactory):
    title = "การฝึกอบรม"
    slug = factory.Sequence(lambda n: f"training-{n}")

    class Meta:
        model = CourseIndexPage


class CoursePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"หลักสูตร {n}")
    slug = factory.Sequence(lambda n: f"course-{n}")
    intro = "สรุปหลักสูตร"

    class Meta:
        model = CoursePage


class ModulePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"หน่วย {n}")
    slug = factory.Sequence(lambda n: f"module-{n}")

    class Meta:
        model = ModulePage


class LessonPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"บทเรียน {n}")
    slug = factory.Sequence(lambda n: f"lesson-{n}")
    body = factory.LazyFunction(lambda: json.dumps([paragraph("เนื้อหาบทเรียน", "Lesson text")]))

    class Meta:
        model = LessonPage


class QuizPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"แบบทดสอบ {n}")
    slug = factory.Sequence(lambda n: f"quiz-{n}")
    pass_mark = 50
    questions = factory.LazyFunction(quiz_questions)

    class Meta:
        model = QuizPage

"""Page-type rules and rendering, with Wagtail's own test utilities."""

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from wagtail.models import PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, streamfield

from portal.models import HomePage, SectionPage
from training.factories import CoursePageFactory
from training.models import CourseIndexPage, CoursePage, LessonPage, ModulePage, QuizPage
from training.tests.helpers import build_course

pytestmark = pytest.mark.demo


class PageTypeRulesTests(WagtailPageTestCase):
    def test_tree_shape(self):
        self.assertCanCreateAt(HomePage, CourseIndexPage)
        self.assertCanNotCreateAt(SectionPage, CourseIndexPage)
        self.assertAllowedSubpageTypes(CourseIndexPage, {CoursePage})
        self.assertAllowedSubpageTypes(CoursePage, {ModulePage})
        self.assertAllowedSubpageTypes(ModulePage, {LessonPage, QuizPage})
        self.assertCanNotCreateAt(CourseIndexPage, ModulePage)
        self.assertCanNotCreateAt(CoursePage, LessonPage)
        self.assertAllowedSubpageTypes(LessonPage, {})

    def test_one_course_index_and_one_quiz_per_module(self):
        home = HomePage.objects.get(locale__language_code="th")
        self.assertFalse(CourseIndexPage.can_create_at(home))  # the demo has one
        module = ModulePage.objects.filter(locale__language_code="th").first()
        self.assertFalse(QuizPage.can_create_at(module))

    def test_editor_creates_a_quiz_through_the_admin_form(self):
        self.login()
        module = build_course(modules=1, lessons=1).modules[0]
        module.get_children().type(QuizPage).delete()
        option = {"text": "ใช่", "correct": True, "explanation": ""}
        wrong = {"text": "ไม่", "correct": False, "explanation": ""}
        data = nested_form_data(
            {
                "title": "แบบทดสอบใหม่",
                "slug": "new-quiz",
                "intro": "",
                "pass_mark": 80,
                "questions": streamfield(
                    [
                        (
                            "question",
                            {
                                "question": "ถามว่า",
                                "kind": "single",
                                "options": streamfield([("item", option), ("item", wrong)]),
                            },
                        )
                    ]
                ),
            }
        )
        self.assertCanCreate(module, QuizPage, data)

    def test_a_single_choice_question_needs_exactly_one_right_answer(self):
        from training.blocks import QuestionBlock

        block = QuestionBlock()
        value = block.to_python(
            {
                "question": "?",
                "kind": "single",
                "options": [
                    {"text": "a", "correct": True, "explanation": ""},
                    {"text": "b", "correct": True, "explanation": ""},
                ],
            }
        )
        with self.assertRaises(ValidationError):
            block.clean(value)

    def test_reserved_slugs_are_refused(self):
        index = CourseIndexPage.objects.get(locale__language_code="th")
        course = CoursePage(title="x", slug="verify", intro="x")
        course.set_url_path(index)
        with self.assertRaises(ValidationError):
            course.full_clean()

    def test_pages_render_in_both_languages_for_staff(self):
        staff = get_user_model().objects.get(username="staff")
        for language in ("th", "en"):
            for slug in ("training", "smile", "first-smile", "s-quiz"):
                self.assertPageIsRenderable(self.page(slug, language), user=staff)

    @staticmethod
    def page(slug, language):
        from wagtail.models import Page

        return Page.objects.get(slug=slug, locale__language_code=language).specific

    def test_module_pages_lead_to_their_course(self):
        self.client.force_login(get_user_model().objects.get(username="staff"))
        module = self.page("s-smile", "en")
        response = self.client.get(module.url)
        self.assertRedirects(response, module.get_parent().url)

    def test_publishing_a_staff_only_course_restricts_it(self):
        course = CoursePageFactory(
            parent=CourseIndexPage.objects.get(locale__language_code="th"),
            public_description=False,
        )
        course.save_revision().publish()
        restriction = PageViewRestriction.objects.get(page=course)
        self.assertEqual([group.name for group in restriction.groups.all()], ["Staff"])
        course.public_description = True
        course.save_revision().publish()
        self.assertFalse(PageViewRestriction.objects.filter(page=course).exists())

    def test_preview_renders_for_editors(self):
        for slug in ("s-quiz", "first-smile"):
            response = self.page(slug, "th").make_preview_request()
            self.assertEqual(response.status_code, 200)
            self.assertNotContains(response, 'name="attempt"')

"""Page-type rules and rendering, with Wagtail's own test utilities."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, streamfield

from portal.factories import user_with_role
from portal.models import HomePage, SectionPage
from tests.world import world
from training.factories import CoursePageFactory
from training.learning import complete_lesson, enrol
from training.models import CourseIndexPage, CoursePage, LessonPage, ModulePage, QuizPage
from training.tests.helpers import build_course, course_index

pytestmark = pytest.mark.django_db


class PageTypeRulesTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.world = world()
        cls.course = build_course(modules=1, lessons=1, english={"title": "A course"})
        cls.staff = user_with_role("staff")
        # Enrolled, with the module's lesson done: its lesson and quiz are open to them.
        enrol(cls.staff, cls.course.page)
        complete_lesson(cls.staff, cls.course.lessons[0])

    def page(self, page, language):
        """``page`` (one of the course's Thai pages) in ``language``."""
        if language == "th":
            return page
        if page.pk == self.course.page.pk:
            return self.course.english
        if page.pk == course_index().pk:
            return page.get_translation(self.course.english.locale).specific
        return self.course.english_pages[page.pk]

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
        self.assertFalse(CourseIndexPage.can_create_at(self.world.home))  # it has one
        module = self.course.modules[0]
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
                "review_policy": "once_passed",
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
        index = course_index()
        course = CoursePage(title="x", slug="verify", intro="x")
        course.set_url_path(index)
        with self.assertRaises(ValidationError):
            course.full_clean()

    def test_pages_render_in_both_languages_for_staff(self):
        pages = [course_index(), self.course.page, self.course.lessons[0], self.course.quizzes[0]]
        for language in ("th", "en"):
            for page in pages:
                self.assertPageIsRenderable(self.page(page, language), user=self.staff)

    def test_module_pages_lead_to_their_course(self):
        self.client.force_login(self.staff)
        module = self.page(self.course.modules[0], "en")
        response = self.client.get(module.url)
        self.assertRedirects(response, module.get_parent().url)

    def test_publishing_a_staff_only_course_restricts_it(self):
        course = CoursePageFactory(parent=course_index(), public_description=False)
        course.save_revision().publish()
        restriction = PageViewRestriction.objects.get(page=course)
        self.assertEqual([group.name for group in restriction.groups.all()], ["Staff"])
        course.public_description = True
        course.save_revision().publish()
        self.assertFalse(PageViewRestriction.objects.filter(page=course).exists())

    def test_preview_renders_for_editors(self):
        for page in (self.course.quizzes[0], self.course.lessons[0]):
            response = page.make_preview_request()
            self.assertEqual(response.status_code, 200)
            self.assertNotContains(response, 'name="attempt"')

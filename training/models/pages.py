"""Course pages: index → course → module → lessons and one quiz.

Modules, lessons and quizzes are for signed-in staff only (``needs_staff_login``,
enforced by the ``before_serve_page`` hook in ``training.wagtail_hooks``); they are
not registered with the search page and stay out of the sitemap. A course's
description is public unless the editor says otherwise.
"""

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.privacy import viewable_by
from portal.blocks import BodyBlock
from training.access import is_learner
from training.blocks import LessonBlock, QuestionsBlock

COURSES_PER_PAGE = 12
# Paths under the course index that training.urls serves itself.
RESERVED_SLUGS = {"my-learning", "verify", "report", "courses", "lessons"}


class StaffOnlyPage:
    """Modules, lessons and quizzes: for signed-in staff, and never in the sitemap."""

    needs_staff_login = True

    def get_sitemap_urls(self, request=None):
        return []


class CourseIndexPage(Page):
    intro = RichTextField(
        verbose_name=_("introduction"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["training.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course index")
        verbose_name_plural = _("course indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        courses = viewable_by(self.get_children().live(), request.user).specific()
        context["courses"] = Paginator(courses, COURSES_PER_PAGE).get_page(request.GET.get("page"))
        context["is_learner"] = is_learner(request.user)
        return context


class CoursePage(Page):
    intro = models.TextField(verbose_name=_("summary"), max_length=500)
    body = StreamField(BodyBlock(), verbose_name=_("course description"), blank=True)
    public_description = models.BooleanField(
        _("public description"),
        default=True,
        help_text=_(
            "Anyone may read the course description. Lessons and quizzes always need a "
            "staff login; untick to make the whole course staff-only."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("public_description"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["training.CourseIndexPage"]
    subpage_types = ["training.ModulePage"]

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    @property
    def needs_staff_login(self):
        return not self.public_description

    def clean(self):
        super().clean()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": _("This address is reserved; choose another slug.")})

    def get_context(self, request, *args, **kwargs):
        from training.progress import course_progress

        context = super().get_context(request, *args, **kwargs)
        context["is_learner"] = is_learner(request.user)
        if context["is_learner"]:
            context["progress"] = course_progress(request.user, self)
        return context


class ModulePage(StaffOnlyPage, Page):
    intro = models.TextField(verbose_name=_("introduction"), blank=True, max_length=500)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["training.CoursePage"]
    subpage_types = ["training.LessonPage", "training.QuizPage"]

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def serve(self, request, *args, **kwargs):
        """A module is a heading in its course's outline: show the outline."""
        return redirect(self.get_parent().get_url(request))


class LessonPage(StaffOnlyPage, Page):
    intro = models.TextField(verbose_name=_("summary"), blank=True, max_length=500)
    body = StreamField(LessonBlock(), verbose_name=_("lesson"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["training.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def serve(self, request, *args, **kwargs):
        from training.views.steps import serve_lesson

        return serve_lesson(request, self)


class QuizPage(StaffOnlyPage, RoutablePageMixin, Page):
    intro = models.TextField(verbose_name=_("introduction"), blank=True, max_length=500)
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=80,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )
    questions = StreamField(QuestionsBlock(), verbose_name=_("questions"))

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("pass_mark"),
        FieldPanel("questions"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["training.ModulePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    @path("")
    def take(self, request):
        from training.views.steps import serve_quiz

        return serve_quiz(request, self)

    @path("attempts/<int:attempt_id>/", name="attempt")
    def attempt(self, request, attempt_id):
        from training.views.steps import quiz_result

        return quiz_result(request, self, attempt_id)

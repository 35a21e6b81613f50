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
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.privacy import RestrictionsFromRules, viewable_by
from core.routing import subpage_url
from portal.blocks import BodyBlock
from training.access import is_learner
from training.blocks import LessonBlock, QuestionsBlock
from training.progress import course_progress
from training.views import certificates, learning, steps
from training.views import report as reports

COURSES_PER_PAGE = 12


class StaffOnlyPage:
    """Modules, lessons and quizzes: for signed-in staff, and never in the sitemap."""

    needs_staff_login = True
    # How far below its course the page sits (``training.progress.course_path``).
    course_level = 2

    def get_sitemap_urls(self, request=None):
        return []


class CourseIndexPage(RoutablePageMixin, RestrictionsFromRules, Page):
    """The course list; beneath it each learner's overview, the public certificate
    check and the supervisors' report."""

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

    @path("my-learning/", name="my_learning")
    def my_learning(self, request):
        return learning.my_learning(request, self)

    @path("verify/", name="verify_form")
    def verify_form(self, request):
        return certificates.verify_form(request, self)

    @path("verify/<str:code>/", name="verify")
    def verify(self, request, code):
        return certificates.verify(request, self, code)

    @path("report/", name="report")
    def completion_report(self, request):
        return reports.report(request, self, CoursePage.objects.all())

    @path("report/csv/", name="report_csv")
    def completion_csv(self, request):
        return reports.report_csv(request, CoursePage.objects.all())

    @path("report/office/", name="office_people")
    def office_people(self, request):
        return reports.office_people(request, self, CoursePage.objects.all())

    @path("report/office/csv/", name="office_people_csv")
    def office_people_csv(self, request):
        return reports.office_people_csv(request, CoursePage.objects.all())

    # At most 18 digits: an id too large for the database is a 404, not an overflow.
    @re_path(r"^courses/(?P<course_id>[0-9]{1,18})/certificate/$")
    def old_certificate_url(self, request, course_id):
        """A certificate's address before it moved under its course, still in old
        bookmarks: a permanent redirect."""
        course = CoursePage.objects.live().filter(pk=int(course_id)).first()
        if course is None:
            raise Http404
        return redirect(subpage_url(course, "certificate", request=request), permanent=True)


class CoursePage(RoutablePageMixin, RestrictionsFromRules, Page):
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

    hours = models.PositiveSmallIntegerField(
        _("course hours"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(1000)],
        help_text=_("Printed on the certificate."),
    )
    signatory_name = models.CharField(
        _("signatory's name"),
        max_length=150,
        blank=True,
        help_text=_("The person who signs the certificates, e.g. the regional director."),
    )
    signatory_title = models.CharField(_("signatory's position"), max_length=200, blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("public_description"),
        MultiFieldPanel(
            [FieldPanel("hours"), FieldPanel("signatory_name"), FieldPanel("signatory_title")],
            heading=_("Certificate"),
        ),
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
        """A slug that one of the course index's routes answers would hide the course."""
        super().clean()
        try:
            CourseIndexPage.get_resolver().resolve(f"/{self.slug}/")
        except Http404:
            return
        raise ValidationError({"slug": _("This address is reserved; choose another slug.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["is_learner"] = is_learner(request.user)
        if context["is_learner"]:
            context["progress"] = course_progress(request.user, self)
        return context

    @path("enrol/", name="enrol")
    def enrol(self, request):
        return learning.enrol_view(request, self)

    @path("certificate/", name="certificate")
    def certificate(self, request):
        return certificates.certificate_view(request, self)

    # Wagtail serves paths of slugs and slashes: no ".pdf" at the end.
    @path("certificate/pdf/", name="certificate_pdf")
    def certificate_pdf(self, request):
        return certificates.certificate_pdf(request, self)


class ModulePage(StaffOnlyPage, RestrictionsFromRules, Page):
    intro = models.TextField(verbose_name=_("introduction"), blank=True, max_length=500)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["training.CoursePage"]
    subpage_types = ["training.LessonPage", "training.QuizPage"]
    course_level = 1

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def serve(self, request, *args, **kwargs):
        """A module is a heading in its course's outline: show the outline."""
        return redirect(self.get_parent().get_url(request))


class LessonPage(StaffOnlyPage, RoutablePageMixin, RestrictionsFromRules, Page):
    intro = models.TextField(verbose_name=_("summary"), blank=True, max_length=500)
    body = StreamField(LessonBlock(), verbose_name=_("lesson"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["training.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    @path("")
    def read(self, request):
        return steps.serve_lesson(request, self)

    @path("done/", name="complete_lesson")
    def done(self, request):
        return learning.complete_view(request, self)


class QuizPage(StaffOnlyPage, RoutablePageMixin, RestrictionsFromRules, Page):
    intro = models.TextField(verbose_name=_("introduction"), blank=True, max_length=500)
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=80,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )
    questions = StreamField(QuestionsBlock(), verbose_name=_("questions"))
    # Moodle's default review options: which questions were wrong after every attempt,
    # the right answers and their explanations only once the learner has passed.
    ANSWERS_ONCE_PASSED, ANSWERS_ALWAYS, ANSWERS_NEVER = "once_passed", "always", "never"
    review_policy = models.CharField(
        _("after an attempt, show the right answers"),
        max_length=12,
        choices=[
            (ANSWERS_ONCE_PASSED, _("once the learner has passed (recommended)")),
            (ANSWERS_ALWAYS, _("after every attempt")),
            (ANSWERS_NEVER, _("never: only which questions were wrong")),
        ],
        default=ANSWERS_ONCE_PASSED,
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("pass_mark"),
        FieldPanel("review_policy"),
        FieldPanel("questions"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["training.ModulePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    def shows_answers(self, passed):
        """Whether a learner who has (``passed``) or has not passed sees the answers."""
        policy = self.review_policy
        return policy == self.ANSWERS_ALWAYS or (policy == self.ANSWERS_ONCE_PASSED and passed)

    @path("")
    def take(self, request):
        return steps.serve_quiz(request, self)

    @path("attempts/<int:attempt_id>/", name="attempt")
    def attempt(self, request, attempt_id):
        return steps.quiz_result(request, self, attempt_id)

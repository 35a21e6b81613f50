"""The announcement pages: an index of contests and one page of rules per contest."""

from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from contests.models.contest import Criterion
from contests.roles import is_judge, is_manager
from core.privacy import RestrictionsFromRules, viewable_by

CONTESTS_PER_PAGE = 12


class ContestIndexPage(RestrictionsFromRules, Page):
    intro = RichTextField(
        verbose_name=_("introduction"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["portal.SectionPage"]
    subpage_types = ["contests.ContestPage"]

    class Meta:
        verbose_name = _("contest index")
        verbose_name_plural = _("contest indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        children = viewable_by(ContestPage.objects.child_of(self).live(), request.user)
        children = children.select_related("contest")
        paginator = Paginator(children.order_by("-first_published_at", "pk"), CONTESTS_PER_PAGE)
        context["contests"] = paginator.get_page(request.GET.get("page"))
        return context


class ContestPage(RestrictionsFromRules, Page):
    contest = models.ForeignKey(
        "contests.Contest",
        on_delete=models.PROTECT,
        related_name="pages",
        verbose_name=_("contest"),
    )
    intro = RichTextField(
        verbose_name=_("announcement"), blank=True, features=["bold", "italic", "link"]
    )
    rules = RichTextField(
        verbose_name=_("rules"), blank=True, features=["h2", "h3", "bold", "italic", "ol", "ul"]
    )

    content_panels = Page.content_panels + [
        FieldPanel("contest"),
        FieldPanel("intro"),
        FieldPanel("rules"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("rules"),
    ]

    parent_page_types = ["contests.ContestIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("contest page")
        verbose_name_plural = _("contest pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        contest = self.contest
        # Categories with their rubrics in one query (every category has criteria).
        rubrics = {}
        criteria = Criterion.objects.filter(category__contest=contest).select_related("category")
        for criterion in criteria.order_by("category__sort_order", "category", "sort_order", "pk"):
            rubrics.setdefault(criterion.category, []).append(criterion)
        for category, rubric in rubrics.items():
            category.rubric = rubric
        context.update(
            contest=contest,
            categories=list(rubrics),
            is_judge=is_judge(request.user),
            is_manager=is_manager(request.user),
        )
        return context

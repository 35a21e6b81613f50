"""The portal's page types: the home page, section indexes and standard pages."""

from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.privacy import RestrictionsFromRules, viewable_by
from portal.blocks import BodyBlock

CHILDREN_PER_PAGE = 12


class HomePage(RestrictionsFromRules, Page):
    """The root of one language's tree."""

    intro = RichTextField(
        verbose_name=_("introduction"), blank=True, features=["bold", "italic", "link"]
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "portal.SectionPage",
        "portal.StandardPage",
        "manuals.HandbookIndexPage",
        "training.CourseIndexPage",
        "taxcompass.TaxCompassPage",
        "offices.OfficeIndexPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")


class SectionPage(RestrictionsFromRules, Page):
    """An index of its child pages (e.g. "About SMILE", "Intranet")."""

    intro = RichTextField(
        verbose_name=_("introduction"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["portal.HomePage", "portal.SectionPage"]
    subpage_types = [
        "portal.SectionPage",
        "portal.StandardPage",
        "manuals.ManualIndexPage",
        "contests.ContestIndexPage",
        "communities.CommunityIndexPage",
    ]

    class Meta:
        verbose_name = _("section page")
        verbose_name_plural = _("section pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        children = viewable_by(self.get_children().live(), request.user)
        children = children.specific().defer_streamfields()
        if self.numchild <= CHILDREN_PER_PAGE:
            children = list(children)  # one page at most: no count query
        paginator = Paginator(children, CHILDREN_PER_PAGE)
        context["children"] = paginator.get_page(request.GET.get("page"))
        return context


class StandardPage(RestrictionsFromRules, Page):
    """An article-like page built from body blocks."""

    intro = models.TextField(verbose_name=_("introduction"), blank=True, max_length=500)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["portal.HomePage", "portal.SectionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")

"""The tax compass page: the estimate form and, once filled in, the answer."""

from django.db import models
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from core.privacy import RestrictionsFromRules
from taxcompass.page_context import compass_context, submitted
from taxcompass.pdf import estimate_pdf_response

# The spellings readers type: the name and its common misspellings.
SEARCH_KEYWORDS = "เข็มทิศภาษี เข้มทิศภาษี เข้มทิศาษี เข้มทิศภาชี tax compass"


class TaxCompassPage(RoutablePageMixin, RestrictionsFromRules, Page):
    """Public, one per site. GET with parameters (or POST) shows the answer;
    nothing is stored unless a signed-in citizen saves it."""

    intro = RichTextField(
        verbose_name=_("introduction"), blank=True, features=["bold", "italic", "link"]
    )
    keywords = models.CharField(
        _("search keywords"),
        max_length=255,
        blank=True,
        default=SEARCH_KEYWORDS,
        help_text=_("Other spellings readers search for, separated by spaces."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    promote_panels = Page.promote_panels + [FieldPanel("keywords")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("keywords"),
    ]

    parent_page_types = ["portal.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("tax compass page")
        verbose_name_plural = _("tax compass pages")

    def serve(self, request, *args, **kwargs):
        """An answer (or its PDF) is the citizen's own figures: no shared or
        browser cache keeps it; the blank form may be cached like any page."""
        response = super().serve(request, *args, **kwargs)
        if submitted(request) is not None:
            patch_cache_control(response, private=True, no_store=True)
        return response

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(compass_context(self, request))
        return context

    @path("pdf/", name="pdf")
    def pdf(self, request):
        return estimate_pdf_response(self, request)

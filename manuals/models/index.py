"""The shape of both index pages: an introduction and a filtered A-Z listing."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from core.privacy import RestrictionsFromRules, viewable_by
from manuals.listing import build_listing


class FilteredIndexPage(RestrictionsFromRules, Page):
    """Lists its live children of ``listing_model`` with filters, A-Z and pagination."""

    intro = RichTextField(
        verbose_name=_("introduction"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        abstract = True

    def child_queryset(self):
        return self.listing_model.objects.child_of(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        pages = viewable_by(self.child_queryset().live(), request.user)
        context.update(build_listing(pages, request))
        return context

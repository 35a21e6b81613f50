"""Citizen handbooks (คู่มือสำหรับประชาชน) and their public index."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.privacy import RestrictionsFromRules
from manuals import blocks
from manuals.models.index import FilteredIndexPage
from manuals.models.mixins import ClassifiedPage, FeedbackPageMixin, StepsMixin
from manuals.panels import InsightsPanel
from manuals.pdf import handbook_pdf_response
from portal.blocks import DocumentLinkBlock


class HandbookIndexPage(FilteredIndexPage):
    """The public list of citizen handbooks, with filters and an A-Z."""

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["manuals.CitizenHandbookPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("handbook index")
        verbose_name_plural = _("handbook indexes")

    @property
    def listing_model(self):
        return CitizenHandbookPage


class CitizenHandbookPage(
    FeedbackPageMixin, StepsMixin, ClassifiedPage, RestrictionsFromRules, Page
):
    """How a citizen gets one service done, in the structure the Licensing
    Facilitation Act B.E. 2558 requires of a citizen handbook."""

    intro = models.TextField(_("summary"), max_length=500)
    responsible_unit = models.CharField(_("responsible unit"), max_length=255)
    legal_basis = StreamField(
        [("law", blocks.LegalReferenceBlock())], verbose_name=_("legal basis"), blank=True
    )
    criteria = RichTextField(
        _("criteria, methods and conditions"),
        blank=True,
        features=["bold", "italic", "ol", "ul", "link"],
    )
    channels = StreamField(
        [("channel", blocks.ServiceChannelBlock())], verbose_name=_("service channels"), blank=True
    )
    steps = StreamField([("step", blocks.HandbookStepBlock())], verbose_name=_("steps"), blank=True)
    documents = StreamField(
        [("document", blocks.RequiredDocumentBlock())],
        verbose_name=_("required documents"),
        blank=True,
    )
    fees = StreamField([("fee", blocks.FeeBlock())], verbose_name=_("fees"), blank=True)
    complaint_channels = StreamField(
        [("channel", blocks.ContactChannelBlock())],
        verbose_name=_("complaint channels"),
        blank=True,
    )
    sample_forms = StreamField(
        [("form", DocumentLinkBlock())], verbose_name=_("sample forms"), blank=True
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        ClassifiedPage.classification_panel,
        MultiFieldPanel(
            [FieldPanel("responsible_unit"), FieldPanel("legal_basis"), FieldPanel("criteria")],
            heading=_("Service"),
        ),
        FieldPanel("channels"),
        FieldPanel("steps"),
        FieldPanel("documents"),
        FieldPanel("fees"),
        FieldPanel("complaint_channels"),
        FieldPanel("sample_forms"),
        InsightsPanel(),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("responsible_unit"),
        index.SearchField("criteria"),
        index.SearchField("steps"),
        index.SearchField("documents"),
        *ClassifiedPage.classification_search_fields,
    ]

    parent_page_types = ["manuals.HandbookIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("citizen handbook")
        verbose_name_plural = _("citizen handbooks")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["pdf_url"] = self.subpage_url(request, "pdf")
        return context

    @path("pdf/", name="pdf")
    def pdf(self, request):
        return handbook_pdf_response(self, request)

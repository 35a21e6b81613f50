"""Service-standard manuals (คู่มือมาตรฐานการให้บริการ) for staff, and their index."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks as wagtail_blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.privacy import RestrictionsFromRules
from manuals import blocks
from manuals.models.handbooks import CitizenHandbookPage
from manuals.models.index import FilteredIndexPage
from manuals.models.mixins import ClassifiedPage, FeedbackPageMixin, StepsMixin
from manuals.panels import InsightsPanel
from portal.blocks import DocumentLinkBlock


class ManualIndexPage(FilteredIndexPage):
    """The staff list of service-standard manuals (place it in a staff-only section)."""

    parent_page_types = ["portal.SectionPage"]
    subpage_types = ["manuals.ServiceManualPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("manual index")
        verbose_name_plural = _("manual indexes")

    @property
    def listing_model(self):
        return ServiceManualPage

    def child_queryset(self):
        return super().child_queryset().select_related("manual_owner")


class ServiceManualPage(FeedbackPageMixin, StepsMixin, ClassifiedPage, RestrictionsFromRules, Page):
    """How staff deliver one service process to standard."""

    intro = models.TextField(_("purpose"), max_length=1000)
    scope = models.TextField(_("scope"), blank=True)
    quality_criteria = StreamField(
        [("criterion", wagtail_blocks.CharBlock(label=_("Criterion"), max_length=500))],
        verbose_name=_("quality criteria"),
        blank=True,
    )
    steps = StreamField([("step", blocks.ManualStepBlock())], verbose_name=_("steps"), blank=True)
    touch_points = StreamField(
        [("touch_point", blocks.TouchPointBlock())],
        verbose_name=_("SMILE touch points"),
        blank=True,
    )
    forms = StreamField(
        [("form", DocumentLinkBlock())], verbose_name=_("documents and forms"), blank=True
    )
    legal_references = StreamField(
        [("law", blocks.LegalReferenceBlock())], verbose_name=_("legal references"), blank=True
    )
    faqs = StreamField(
        [("question", blocks.QuestionBlock())],
        verbose_name=_("frequently asked questions"),
        blank=True,
    )
    lessons = StreamField(
        [("lesson", blocks.LessonBlock())], verbose_name=_("lessons learned"), blank=True
    )
    handbooks = StreamField(
        [
            (
                "handbook",
                wagtail_blocks.PageChooserBlock(
                    label=_("Citizen handbook"), page_type="manuals.CitizenHandbookPage"
                ),
            )
        ],
        verbose_name=_("citizen handbooks"),
        blank=True,
    )
    manual_owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="owned_manuals",
        help_text=_("Reviews the manual and is reminded when the review is due."),
    )
    next_review_date = models.DateField(_("next review date"))

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("scope"),
        ClassifiedPage.classification_panel,
        MultiFieldPanel(
            [FieldPanel("manual_owner"), FieldPanel("next_review_date")], heading=_("Review")
        ),
        FieldPanel("quality_criteria"),
        FieldPanel("steps"),
        FieldPanel("touch_points"),
        FieldPanel("forms"),
        FieldPanel("legal_references"),
        FieldPanel("faqs"),
        FieldPanel("lessons"),
        FieldPanel("handbooks"),
        InsightsPanel(),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("scope"),
        index.SearchField("steps"),
        index.SearchField("faqs"),
        index.SearchField("lessons"),
        index.FilterField("next_review_date"),
        *ClassifiedPage.classification_search_fields,
    ]

    parent_page_types = ["manuals.ManualIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("service-standard manual")
        verbose_name_plural = _("service-standard manuals")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["handbooks"] = self.linked_handbooks()
        context["review_overdue"] = self.next_review_date < timezone.localdate()
        return context

    def linked_handbooks(self):
        """The chosen handbooks in this page's language where translated (one query)."""
        ids = [block["value"] for block in self.handbooks.raw_data if block.get("value")]
        if not ids:
            return []
        keys = Page.objects.filter(pk__in=ids).values("translation_key")
        candidates = (
            CitizenHandbookPage.objects.live()
            .filter(Q(pk__in=ids) | Q(translation_key__in=keys, locale_id=self.locale_id))
            .only("title", "url_path", "path", "depth", "locale_id", "translation_key")
        )
        position = {pk: index for index, pk in enumerate(ids)}
        by_key, key_position = {}, {}
        for handbook in candidates:
            if handbook.pk in position:
                key_position[handbook.translation_key] = position[handbook.pk]
            if handbook.locale_id == self.locale_id or handbook.translation_key not in by_key:
                by_key[handbook.translation_key] = handbook
        return sorted(by_key.values(), key=lambda h: key_position.get(h.translation_key, 0))

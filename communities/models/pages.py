"""Page types: the communities index, one page per community, and knowledge articles."""

from django.conf import settings
from django.db import models
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core import access
from core.locales import source_page
from portal.blocks import BodyBlock

COMMUNITIES_ARE_FOR_STAFF = _(
    "Communities of practice are for Revenue Department staff accounts only."
)


class CommunityIndexPage(Page):
    """Lists the communities of practice (lives in the Intranet section)."""

    intro = RichTextField(
        verbose_name=_("introduction"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["portal.SectionPage"]
    subpage_types = ["communities.CommunityPage"]

    class Meta:
        verbose_name = _("communities index")
        verbose_name_plural = _("communities indexes")

    # Its template lists the communities: ``{% community_cards_for page as communities %}``.


class CommunityPage(Page):
    """One community of practice; its children are its knowledge base.

    Topics, memberships and follows point at the source-language page, so every
    translation of the page lists the same discussions.
    """

    description = RichTextField(
        verbose_name=_("description"), blank=True, features=["bold", "italic", "link", "ul"]
    )
    members_only_posting = models.BooleanField(
        verbose_name=_("only members may post"),
        default=False,
        help_text=_("Staff who have not joined may read but not start topics or reply."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("description"),
        FieldPanel("members_only_posting"),
    ]
    search_fields = Page.search_fields + [index.SearchField("description")]
    parent_page_types = ["communities.CommunityIndexPage"]
    subpage_types = ["communities.KnowledgeArticlePage"]

    class Meta:
        verbose_name = _("community")
        verbose_name_plural = _("communities")

    @property
    def source(self):
        """The page in the community's original language, which holds its data."""
        if not hasattr(self, "_source"):
            self._source = source_page(self)
        return self._source

    @property
    def home_url(self):
        """The community's home (its topic list), in the page's language."""
        with translation.override(self.locale.language_code):
            return reverse("communities:community", args=[self.pk])

    def serve(self, request, *args, **kwargs):
        """Staff are sent to the community home, a view of the communities app (the
        topic list, "new since your last visit" and membership need the request)."""
        if not access.is_staff_member(request.user):
            return access.deny(request, COMMUNITIES_ARE_FOR_STAFF)
        return redirect(reverse("communities:community", args=[self.pk]))


class KnowledgeArticlePage(Page):
    """Explicit knowledge captured from a solved topic, published through the workflow."""

    summary = models.TextField(verbose_name=_("summary"), blank=True, max_length=500)
    body = StreamField(BodyBlock(), verbose_name=_("body"))
    source_topic = models.ForeignKey(
        "communities.Topic",
        verbose_name=_("source topic"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contributors = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("contributors"),
        blank=True,
        related_name="knowledge_articles",
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("contributors"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    parent_page_types = ["communities.CommunityPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("knowledge article")
        verbose_name_plural = _("knowledge articles")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["credited"] = self.contributors.order_by("first_name", "username")
        return context

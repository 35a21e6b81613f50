"""Page types: the communities index, one page per community, and knowledge articles."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from communities.views import community, feeds, moderation, social, topics
from core.locales import source_page_ids
from core.privacy import RestrictionsFromRules
from portal.blocks import BodyBlock

# A topic's id in its URL: at most 18 digits, so an id too large for the database
# is a 404 (no such topic) rather than an overflow.
TOPIC = r"^topics/(?P<topic_id>[0-9]{1,18})/"


class CommunityIndexPage(RestrictionsFromRules, Page):
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


class CommunityPage(RoutablePageMixin, RestrictionsFromRules, Page):
    """One community of practice: its topic list at the page's own URL, its topics
    and actions as routes beneath it; its children are its knowledge base.

    Topics, memberships and follows point at the source-language page, so every
    translation of the page lists and serves the same discussions. Who may open the
    page and its routes is decided before Wagtail serves them
    (``communities.wagtail_hooks``); each route then hands the page to a view of
    ``communities.views``.
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
        """The page in the community's original language, which holds its data
        (``core.locales.source_page``, in one query)."""
        if not hasattr(self, "_source"):
            found = type(self).objects.filter(pk__in=source_page_ids(self.translation_key))
            source = found.first() or self
            self._source = self if source.pk == self.pk else source
        return self._source

    def new_article(self, **fields):
        """An unsaved knowledge article for this community's knowledge base."""
        return KnowledgeArticlePage(**fields)

    @path("")
    def home(self, request):
        return community.community_home(request, self)

    @path("new/", name="new_topic")
    def new_topic(self, request):
        return topics.new_topic(request, self)

    @path("membership/", name="membership")
    def membership(self, request):
        return social.membership(request, self)

    @path("follow/", name="follow_community")
    def follow(self, request):
        return social.follow_community(request, self)

    @path("feed/", name="feed")
    def feed(self, request):
        return feeds.community_feed(request, page=self)

    @path("feed/<str:token>/", name="feed_token")
    def personal_feed(self, request, token):
        """The token made its owner the reader (``communities.wagtail_hooks``)."""
        return feeds.community_feed(request, page=self)

    @re_path(TOPIC + "$", name="topic")
    def topic(self, request, topic_id):
        return topics.topic_view(request, self, int(topic_id))

    @re_path(TOPIC + "reply/$", name="reply")
    def reply(self, request, topic_id):
        return topics.reply(request, self, int(topic_id))

    @re_path(TOPIC + "follow/$", name="follow_topic")
    def follow_topic(self, request, topic_id):
        return social.follow_topic(request, self, int(topic_id))

    @re_path(TOPIC + "moderate/$", name="moderate_topic")
    def moderate_topic(self, request, topic_id):
        return moderation.moderate_topic(request, self, int(topic_id))

    @re_path(TOPIC + "capture/$", name="capture")
    def capture(self, request, topic_id):
        return moderation.capture_view(request, self, int(topic_id))


class KnowledgeArticlePage(RestrictionsFromRules, Page):
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

"""Topics, their posts and the posts' edit history."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase
from wagtail.search import index

from core.text import one_line

TITLE_MAX_LENGTH = 200
TAG_MAX_LENGTH = 100  # taggit's Tag.name
BODY_MAX_LENGTH = 20000


class TaggedTopic(TaggedItemBase):
    content_object = models.ForeignKey(
        "communities.Topic", on_delete=models.CASCADE, related_name="tagged_items"
    )


class Topic(index.Indexed, models.Model):
    community = models.ForeignKey(
        "communities.CommunityPage",
        verbose_name=_("community"),
        on_delete=models.CASCADE,
        related_name="topics",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.PROTECT,
        related_name="community_topics",
    )
    title = models.CharField(_("title"), max_length=TITLE_MAX_LENGTH)
    tags = TaggableManager(verbose_name=_("tags"), through=TaggedTopic, blank=True)
    pinned = models.BooleanField(_("pinned"), default=False)
    locked = models.BooleanField(_("locked"), default=False)
    hidden = models.BooleanField(_("hidden"), default=False)
    accepted_post = models.OneToOneField(
        "communities.Post",
        verbose_name=_("accepted answer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="accepted_for",
    )
    article = models.ForeignKey(
        "communities.KnowledgeArticlePage",
        verbose_name=_("knowledge article"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="source_topics",
    )
    reply_count = models.PositiveIntegerField(_("replies"), default=0)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    last_activity_at = models.DateTimeField(_("last activity"), default=timezone.now)

    search_fields = [
        index.SearchField("title", boost=2),
        index.AutocompleteField("title"),
        index.SearchField("posts_text"),
        index.FilterField("hidden"),
        index.FilterField("community"),
        index.FilterField("accepted_post"),
    ]

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["-pinned", "-last_activity_at", "-pk"]
        indexes = [
            models.Index(fields=["community", "-pinned", "-last_activity_at"], name="topic_listing")
        ]

    def __str__(self):
        return self.title

    def clean(self):
        """The title on one line (it goes into e-mail subjects, text mails and feeds)."""
        self.title = one_line(self.title)

    @property
    def solved(self):
        return self.accepted_post_id is not None

    def posts_text(self):
        """The text of the visible posts, for the search index."""
        return "\n".join(
            self.posts.filter(hidden=False).order_by("pk").values_list("body_source", flat=True)
        )

    def refresh_counts(self, save=True):
        """Recount visible replies and the latest activity (after a post changes)."""
        visible = self.posts.filter(hidden=False)
        self.reply_count = max(visible.count() - 1, 0)
        latest = visible.order_by("-created_at").values_list("created_at", flat=True).first()
        self.last_activity_at = latest or self.created_at
        if save:
            self.save(update_fields=["reply_count", "last_activity_at"])


class Post(models.Model):
    """The opening post of a topic or a reply; ``body_html`` is the sanitised copy."""

    topic = models.ForeignKey(
        Topic, verbose_name=_("topic"), on_delete=models.CASCADE, related_name="posts"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.PROTECT,
        related_name="community_posts",
    )
    body_source = models.TextField(_("text"), max_length=BODY_MAX_LENGTH)
    body_html = models.TextField(_("sanitised HTML"), editable=False)
    is_opening = models.BooleanField(_("opening post"), default=False)
    hidden = models.BooleanField(_("hidden"), default=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)
    form_token = models.UUIDField(_("form token"), default=uuid.uuid4, unique=True)

    class Meta:
        verbose_name = _("post")
        verbose_name_plural = _("posts")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["topic"],
                condition=Q(is_opening=True),
                name="one_opening_post_per_topic",
            )
        ]
        indexes = [models.Index(fields=["topic", "created_at"], name="post_thread")]

    def __str__(self):
        return f"{self.topic} #{self.pk}"


class PostRevision(models.Model):
    """A post's text before one edit (the edit history moderators can read)."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="revisions")
    body_source = models.TextField(_("text"))
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("saved"), default=timezone.now)

    class Meta:
        verbose_name = _("post revision")
        verbose_name_plural = _("post revisions")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.post} @ {self.created_at:%Y-%m-%d %H:%M}"

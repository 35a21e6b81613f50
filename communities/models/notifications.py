"""In-portal notifications (collapsed per topic while unread) and e-mail preferences."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Notification(models.Model):
    MENTION = "mention"
    REPLY = "reply"
    NEW_TOPIC = "new_topic"
    ACCEPTED = "accepted"
    KINDS = [
        (MENTION, _("mentioned you")),
        (REPLY, _("replied")),
        (NEW_TOPIC, _("started a topic")),
        (ACCEPTED, _("accepted your answer")),
    ]

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="community_notifications"
    )
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(_("kind"), max_length=20, choices=KINDS)
    topic = models.ForeignKey("communities.Topic", on_delete=models.CASCADE, related_name="+")
    post = models.ForeignKey(
        "communities.Post", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    count = models.PositiveIntegerField(_("events"), default=1)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)
    emailed_at = models.DateTimeField(_("e-mailed"), null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-pk"]
        constraints = [
            # While unread, more events about the same topic add to one notification.
            models.UniqueConstraint(
                fields=["recipient", "topic", "kind"],
                condition=Q(read_at__isnull=True),
                name="one_unread_notification_per_topic_and_kind",
            )
        ]
        indexes = [models.Index(fields=["recipient", "read_at"], name="notification_inbox")]

    def __str__(self):
        return f"{self.recipient}: {self.get_kind_display()} ({self.topic})"


class EmailPreference(models.Model):
    """Whether a user receives the notification digest by e-mail (default: yes)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="community_email"
    )
    digest = models.BooleanField(_("send me a digest e-mail"), default=True)
    changed_at = models.DateTimeField(_("changed"), auto_now=True)

    class Meta:
        verbose_name = _("e-mail preference")
        verbose_name_plural = _("e-mail preferences")

    def __str__(self):
        return f"{self.user}: {self.digest}"


class LinkVersion(models.Model):
    """The version of a user's personal links (feed and unsubscribe URLs), signed
    into each of them: resetting it revokes every link the user was given."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="community_links"
    )
    version = models.PositiveIntegerField(_("version"), default=0)
    reset_at = models.DateTimeField(_("last reset"), null=True, blank=True)

    class Meta:
        verbose_name = _("personal link version")
        verbose_name_plural = _("personal link versions")

    def __str__(self):
        return f"{self.user}: {self.version}"

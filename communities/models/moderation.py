"""Reports of posts and the log of what facilitators did."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Report(models.Model):
    SPAM = "spam"
    ABUSE = "abuse"
    PRIVATE = "private"
    WRONG = "wrong"
    OTHER = "other"
    REASONS = [
        (SPAM, _("Spam or advertising")),
        (ABUSE, _("Rude or abusive")),
        (PRIVATE, _("Reveals taxpayer or personal data")),
        (WRONG, _("Wrong or misleading advice")),
        (OTHER, _("Something else")),
    ]

    post = models.ForeignKey("communities.Post", on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    reason = models.CharField(_("reason"), max_length=20, choices=REASONS)
    note = models.CharField(_("details"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("reported"), default=timezone.now)
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["post", "reporter"], name="one_report_per_reporter")
        ]

    def __str__(self):
        return f"{self.get_reason_display()}: {self.post}"


class ModerationAction(models.Model):
    HIDE_POST = "hide_post"
    RESTORE_POST = "restore_post"
    HIDE_TOPIC = "hide_topic"
    RESTORE_TOPIC = "restore_topic"
    LOCK = "lock"
    UNLOCK = "unlock"
    PIN = "pin"
    UNPIN = "unpin"
    MOVE = "move"
    RESOLVE = "resolve"
    ACTIONS = [
        (HIDE_POST, _("Hid a post")),
        (RESTORE_POST, _("Restored a post")),
        (HIDE_TOPIC, _("Hid a topic")),
        (RESTORE_TOPIC, _("Restored a topic")),
        (LOCK, _("Locked a topic")),
        (UNLOCK, _("Unlocked a topic")),
        (PIN, _("Pinned a topic")),
        (UNPIN, _("Unpinned a topic")),
        (MOVE, _("Moved a topic")),
        (RESOLVE, _("Resolved a report")),
    ]

    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    action = models.CharField(_("action"), max_length=20, choices=ACTIONS)
    topic = models.ForeignKey("communities.Topic", on_delete=models.CASCADE, related_name="+")
    post = models.ForeignKey(
        "communities.Post", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    note = models.CharField(_("note"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("when"), default=timezone.now)

    class Meta:
        verbose_name = _("moderation action")
        verbose_name_plural = _("moderation actions")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.get_action_display()}: {self.topic}"

"""Answers to "Was this page helpful?", kept for editors only."""

from django.db import models
from django.db.models.functions import Length
from django.db.models.lookups import LessThanOrEqual
from django.utils.translation import gettext_lazy as _

from manuals.choices import FEEDBACK_COMMENT_MAX_LENGTH


class PageFeedback(models.Model):
    """One reader's answer. No IP address or user is stored with it."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="manual_feedback",
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale", verbose_name=_("language"), on_delete=models.CASCADE, related_name="+"
    )
    helpful = models.BooleanField(_("helpful"))
    comment = models.TextField(_("comment"), blank=True, max_length=FEEDBACK_COMMENT_MAX_LENGTH)
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("page feedback")
        verbose_name_plural = _("page feedback")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["page", "-created_at"])]
        constraints = [
            models.CheckConstraint(
                condition=LessThanOrEqual(Length("comment"), FEEDBACK_COMMENT_MAX_LENGTH),
                name="manuals_feedback_comment_length",
            )
        ]

    def __str__(self):
        return f"{self.page_id}: {'+' if self.helpful else '-'}"

"""The append-only log of everything that happens to a complaint: who, when, what,
and whether the citizen sees it. SLA times are computed from it."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from complaints.choices import TEXT_MAX_LENGTH
from complaints.models.complaints import Complaint


class EventKind(models.TextChoices):
    FILED = "filed", _("Filed")
    ACKNOWLEDGED = "acknowledged", _("Acknowledged")
    TRIAGED = "triaged", _("Triaged")
    PRIORITY = "priority", _("Priority changed")
    ASSIGNED = "assigned", _("Assigned")
    TRANSFERRED = "transferred", _("Transferred to another office")
    NOTE = "note", _("Internal note")
    REPLIED = "replied", _("Replied")
    PAUSED = "paused", _("Clock paused")
    RESUMED = "resumed", _("Clock resumed")
    REFERRED = "referred", _("Referred to another agency")
    MERGED = "merged", _("Merged as a duplicate")
    CITIZEN_ANSWERED = "citizen-answered", _("The complainant answered")
    ANSWERED = "answered", _("Answered and closed by the office")
    CONFIRMED = "confirmed", _("Outcome confirmed")
    AUTO_CLOSED = "auto-closed", _("Closed automatically")
    REOPENED = "reopened", _("Reopened")
    RATED = "rated", _("Rated")


class AppendOnly(Exception):
    """An attempt to change or delete a logged event."""


class Event(models.Model):
    complaint = models.ForeignKey(
        Complaint, verbose_name=_("complaint"), on_delete=models.CASCADE, related_name="events"
    )
    kind = models.CharField(_("what"), max_length=20, choices=EventKind.choices)
    at = models.DateTimeField(_("when"), default=timezone.now)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("who"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Empty for the complainant and the system."),
    )
    public = models.BooleanField(_("shown to the complainant"), default=False)
    text = models.TextField(_("text"), max_length=TEXT_MAX_LENGTH, blank=True)
    data = models.JSONField(_("details"), default=dict, blank=True)

    class Meta:
        verbose_name = _("complaint event")
        verbose_name_plural = _("complaint events")
        ordering = ["at", "pk"]
        indexes = [models.Index(fields=["complaint", "at"], name="complaints_event_order")]

    def __str__(self):
        return f"{self.complaint_id} {self.kind} {self.at:%Y-%m-%d %H:%M}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AppendOnly("Complaint events are never changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnly("Complaint events are never deleted.")

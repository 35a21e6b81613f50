"""Escalation notices: each sent once per complaint and kind (a database constraint)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from complaints.models.complaints import Complaint


class NoticeKind(models.TextChoices):
    # xgettext:no-python-format
    WARNING = "warning", _("75% of the resolution time used")
    BREACH = "breach", _("Resolution time passed")
    REGION = "region", _("P1 resolution time passed (region)")


class EscalationNotice(models.Model):
    complaint = models.ForeignKey(
        Complaint, verbose_name=_("complaint"), on_delete=models.CASCADE, related_name="notices"
    )
    kind = models.CharField(_("notice"), max_length=10, choices=NoticeKind.choices)
    sent_at = models.DateTimeField(_("sent"), default=timezone.now)

    class Meta:
        verbose_name = _("escalation notice")
        verbose_name_plural = _("escalation notices")
        constraints = [
            models.UniqueConstraint(fields=["complaint", "kind"], name="complaints_notice_once")
        ]

    def __str__(self):
        return f"{self.complaint_id} {self.kind}"

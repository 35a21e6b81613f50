"""Files a complainant attaches, kept in private storage and served by checked views."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from complaints.models.complaints import Complaint
from complaints.models.events import Event
from core.models import PrivateFile


class Attachment(PrivateFile):
    complaint = models.ForeignKey(
        Complaint,
        verbose_name=_("complaint"),
        on_delete=models.CASCADE,
        related_name="attachments",
    )
    event = models.ForeignKey(
        Event, verbose_name=_("event"), on_delete=models.PROTECT, related_name="attachments"
    )

    class Meta(PrivateFile.Meta):
        verbose_name = _("complaint attachment")
        verbose_name_plural = _("complaint attachments")

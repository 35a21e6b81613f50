"""Files a complainant attaches, kept in private storage and served by checked views."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from complaints.models.complaints import Complaint
from complaints.models.events import Event
from core.uploads import private_storage


class Attachment(models.Model):
    complaint = models.ForeignKey(
        Complaint,
        verbose_name=_("complaint"),
        on_delete=models.CASCADE,
        related_name="attachments",
    )
    event = models.ForeignKey(
        Event, verbose_name=_("event"), on_delete=models.PROTECT, related_name="attachments"
    )
    file = models.FileField(
        _("file"), storage=private_storage, upload_to="complaints/%Y/%m/", max_length=255
    )
    original_name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(_("content type"), max_length=100)
    size = models.PositiveIntegerField(_("size in bytes"))
    created_at = models.DateTimeField(_("uploaded"), default=timezone.now)

    class Meta:
        verbose_name = _("complaint attachment")
        verbose_name_plural = _("complaint attachments")
        ordering = ["pk"]

    def __str__(self):
        return self.original_name

    @property
    def is_image(self):
        return self.content_type.startswith("image/")

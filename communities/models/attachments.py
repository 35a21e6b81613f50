"""Files attached to posts, kept in private storage and served by a checked view."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from communities.models.topics import Post


def _private_storage():
    from django.core.files.storage import storages

    return storages["private"]


class Attachment(models.Model):
    post = models.ForeignKey(
        Post, verbose_name=_("post"), on_delete=models.CASCADE, related_name="attachments"
    )
    file = models.FileField(
        _("file"), storage=_private_storage, upload_to="communities/%Y/%m/", max_length=255
    )
    original_name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(_("content type"), max_length=100)
    size = models.PositiveIntegerField(_("size in bytes"))
    created_at = models.DateTimeField(_("uploaded"), default=timezone.now)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["pk"]

    def __str__(self):
        return self.original_name

    @property
    def is_image(self):
        return self.content_type.startswith("image/")

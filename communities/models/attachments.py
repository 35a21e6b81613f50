"""Files attached to posts, kept in private storage and served by a checked view."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from communities.models.topics import Post
from core.models import PrivateFile


class Attachment(PrivateFile):
    post = models.ForeignKey(
        Post, verbose_name=_("post"), on_delete=models.CASCADE, related_name="attachments"
    )

    class Meta(PrivateFile.Meta):
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

"""A staff member's entry: a text work or a re-encoded logo, known to judges by its code only."""

from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.utils.translation import gettext_lazy as _

from contests.models.contest import Category
from contests.textlimits import MaxStoredLength, validate_combining_marks


def private_storage():
    """Logos live in the private storage and are served by a permission-checked view."""
    return storages["private"]


class EntryQuerySet(models.QuerySet):
    def active(self):
        return self.filter(withdrawn_at__isnull=True)


class Entry(models.Model):
    # Far above any category's limit counted as a reader sees the text.
    TEXT_MAX_LENGTH = 50_000

    category = models.ForeignKey(
        Category, on_delete=models.CASCADE, related_name="entries", verbose_name=_("category")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="contest_entries",
        verbose_name=_("author"),
    )
    code = models.CharField(_("code"), max_length=12, unique=True)
    title = models.CharField(_("title"), max_length=200, validators=[validate_combining_marks])
    text = models.TextField(
        _("text"),
        blank=True,
        max_length=TEXT_MAX_LENGTH,
        validators=[MaxStoredLength(TEXT_MAX_LENGTH), validate_combining_marks],
    )
    logo = models.FileField(_("logo"), storage=private_storage, upload_to="contests/", blank=True)
    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)
    # The form's one-time token: sending the same form twice creates one entry.
    submission_token = models.UUIDField(null=True, blank=True, unique=True, editable=False)

    objects = EntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("entry")
        verbose_name_plural = _("entries")
        ordering = ["code"]
        indexes = [models.Index(fields=["category", "author"])]

    def __str__(self):
        return self.code

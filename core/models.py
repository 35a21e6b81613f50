"""What the platform stores itself: throttle counters, the permissions that decide
who is staff and who holds the portal's roles, and the base of private files."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.uploads import private_storage


class Counter(models.Model):
    """A throttle or lockout count in the database, where no cache can evict it.

    One row per key; a row whose window has ended counts as zero and is reused
    (``purge_counters`` deletes old ones)."""

    key = models.CharField(max_length=200, primary_key=True)
    count = models.PositiveIntegerField(default=0)
    expires_at = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = _("throttle counter")
        default_permissions = ()

    def __str__(self):
        return f"{self.key}: {self.count}"


class Role(models.Model):
    """No rows: holds the permissions the portal's access helpers check, so access
    follows permissions and survives renaming a group (``setup_roles`` grants them)."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [
            ("staff_member", _("Revenue Department staff (intranet, communities, training)")),
            ("moderate_communities", _("Moderates every community of practice")),
            ("judge_contests", _("Judges contest entries")),
            ("manage_contests", _("Manages contests and publishes results")),
            ("supervise_training", _("Reads the training completion report")),
            ("handle_complaints", _("Handles the complaints of their office")),
            ("head_office", _("Heads an office and oversees its complaints")),
            ("read_all_offices", _("Reads the complaints and reports of every office")),
            ("handle_corruption_tips", _("Handles corruption tips (designated officers only)")),
            ("manage_surveys", _("Manages satisfaction surveys, kiosks and their reports")),
        ]

    def __str__(self):
        return str(self._meta.verbose_name)


def _by_app_and_month(instance, filename):
    return f"{instance._meta.app_label}/{timezone.now():%Y/%m}/{filename}"


class PrivateFile(models.Model):
    """A file kept in private storage (no URL serves it), for a permission-checked
    view to send: posts' and complaints' attachments."""

    file = models.FileField(
        _("file"), storage=private_storage, upload_to=_by_app_and_month, max_length=255
    )
    original_name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(_("content type"), max_length=100)
    size = models.PositiveIntegerField(_("size in bytes"))
    created_at = models.DateTimeField(_("uploaded"), default=timezone.now)

    class Meta:
        abstract = True
        ordering = ["pk"]

    def __str__(self):
        return self.original_name

    @property
    def is_image(self):
        return self.content_type.startswith("image/")

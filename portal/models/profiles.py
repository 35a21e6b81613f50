"""Where a staff member works: the office and unit other apps report by."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class StaffProfile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="staff_profile",
        verbose_name=_("user"),
    )
    office = models.CharField(
        _("office"),
        max_length=150,
        help_text=_("For example: Phitsanulok Area Revenue Office, Branch 1."),
    )
    unit = models.CharField(_("unit"), max_length=150, blank=True)

    class Meta:
        verbose_name = _("staff profile")
        verbose_name_plural = _("staff profiles")
        ordering = ["office", "unit"]

    def __str__(self):
        return f"{self.user.get_username()} ({self.office})"

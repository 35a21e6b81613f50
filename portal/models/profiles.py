"""Where a staff member works: the office (a page of the office directory) and unit
other apps report by."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.locales import in_default_locale


class StaffProfile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="staff_profile",
        verbose_name=_("user"),
    )
    office = models.ForeignKey(
        "offices.OfficePage",
        verbose_name=_("office"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="staff_profiles",
        limit_choices_to=in_default_locale,
    )
    office_note = models.CharField(
        _("office not in the directory"),
        max_length=150,
        blank=True,
        help_text=_(
            "Only when the office is missing from the office directory: its name as written."
        ),
    )
    unit = models.CharField(_("unit"), max_length=150, blank=True)
    name_en = models.CharField(
        _("name in English"),
        max_length=150,
        blank=True,
        help_text=_(
            "Shown on the English site; the Thai site shows the account's first and last name."
        ),
    )

    class Meta:
        verbose_name = _("staff profile")
        verbose_name_plural = _("staff profiles")
        ordering = ["office__path", "office_note", "unit"]

    def __str__(self):
        return f"{self.user.get_username()} ({self.office_name})"

    @property
    def office_name(self):
        """The office's name as written in the directory's source language, else the note."""
        return self.office.title if self.office_id else self.office_note

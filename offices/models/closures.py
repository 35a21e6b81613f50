"""Days an office is closed besides weekends and public holidays, added by administrators."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core.locales import in_default_locale

MAX_DAYS = 366


class Closure(models.Model):
    """A closure of one office, or of every office when ``office`` is empty (a day the
    cabinet adds, a move). Working time (``offices.calendar``) skips these days."""

    name_th = models.CharField(_("name in Thai"), max_length=200)
    name_en = models.CharField(_("name in English"), max_length=200)
    start_date = models.DateField(_("first day"))
    end_date = models.DateField(_("last day"))
    office = models.ForeignKey(
        "offices.OfficePage",
        verbose_name=_("office"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="closures",
        limit_choices_to=in_default_locale,
        help_text=_("Leave empty when every office of the region is closed."),
    )

    class Meta:
        verbose_name = _("office closure")
        verbose_name_plural = _("office closures")
        ordering = ["-start_date"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__gte=F("start_date")), name="closure_ends_after_it_starts"
            )
        ]

    def __str__(self):
        return self.name

    @property
    def name(self):
        """The name in the active language."""
        return self.name_en if (get_language() or "").startswith("en") else self.name_th

    def clean(self):
        super().clean()
        if self.start_date and self.end_date:
            if self.end_date < self.start_date:
                raise ValidationError({"end_date": _("The last day cannot come before the first.")})
            if (self.end_date - self.start_date).days >= MAX_DAYS:
                raise ValidationError({"end_date": _("A closure lasts a year at most.")})

    def days(self):
        """Every date from the first day to the last."""
        count = (self.end_date - self.start_date).days + 1
        return [self.start_date + datetime.timedelta(days=n) for n in range(count)]

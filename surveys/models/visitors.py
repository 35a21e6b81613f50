"""Visitors an office counted in a month, for responses per 100 visitors."""

from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class VisitorCount(models.Model):
    office = models.ForeignKey(
        "offices.OfficePage", on_delete=models.CASCADE, related_name="+", verbose_name=_("office")
    )
    month = models.DateField(_("month"), help_text=_("The first day of the month."))
    visitors = models.PositiveIntegerField(
        _("visitors"), validators=[MaxValueValidator(10_000_000)]
    )

    class Meta:
        verbose_name = _("monthly visitor count")
        verbose_name_plural = _("monthly visitor counts")
        ordering = ["-month"]
        constraints = [
            models.UniqueConstraint(fields=["office", "month"], name="surveys_visitors_month")
        ]

    def __str__(self):
        return f"{self.office_id} {self.month:%Y-%m}: {self.visitors}"

    def save(self, *args, **kwargs):
        self.month = self.month.replace(day=1)
        super().save(*args, **kwargs)

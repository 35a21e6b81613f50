"""Estimates a signed-in citizen chose to keep; nothing else is stored."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

NAME_MAX_LENGTH = 100


class SavedEstimate(models.Model):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        on_delete=models.CASCADE,
        related_name="tax_estimates",
    )
    name = models.CharField(_("name"), max_length=NAME_MAX_LENGTH, blank=True)
    tax_year = models.PositiveSmallIntegerField(_("tax year (B.E.)"))
    # The form's data, as entered, so the estimate can be opened again.
    inputs = models.JSONField(_("inputs"))
    tax = models.DecimalField(_("tax due"), max_digits=16, decimal_places=2)
    balance = models.DecimalField(_("to pay or refund"), max_digits=16, decimal_places=2)
    created_at = models.DateTimeField(_("saved"), auto_now_add=True)

    class Meta:
        verbose_name = _("saved tax estimate")
        verbose_name_plural = _("saved tax estimates")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["owner", "-created_at"])]
        default_permissions = ()

    def __str__(self):
        return self.name or str(self.tax_year)

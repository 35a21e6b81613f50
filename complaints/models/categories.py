"""The category tree officers triage into, each linked to a service group (and so
to the manuals and handbooks of that service)."""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from manuals.choices import ServiceGroup


class Category(models.Model):
    name_th = models.CharField(_("name in Thai"), max_length=120)
    name_en = models.CharField(_("name in English"), max_length=120)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent category"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    service_group = models.CharField(
        _("service group"), max_length=40, choices=ServiceGroup.choices, blank=True
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("complaint category")
        verbose_name_plural = _("complaint categories")
        ordering = ["sort_order", "name_th"]

    def __str__(self):
        return self.name

    @property
    def name(self):
        """The name in the active language (Thai when there is no English one)."""
        return self.name_en if get_language() == "en" and self.name_en else self.name_th

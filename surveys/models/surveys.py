"""Survey campaigns and the services they ask about."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from surveys.choices import Phase


class Service(models.Model):
    """A counter service a response can be about (registration, VAT refund…)."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name_th = models.CharField(_("name (Thai)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200)

    class Meta:
        verbose_name = _("service")
        verbose_name_plural = _("services")
        ordering = ["name_th"]

    def __str__(self):
        return self.name_en if get_language() == "en" else self.name_th


class Survey(models.Model):
    """A campaign: one question set asked at some offices, through some channels,
    over a period, with a label such as "baseline 2569" or "after SMILE"."""

    title_th = models.CharField(_("title (Thai)"), max_length=200)
    title_en = models.CharField(_("title (English)"), max_length=200)
    slug = models.SlugField(
        _("address"),
        max_length=60,
        unique=True,
        help_text=_("The survey's link and QR code use it."),
    )
    label = models.CharField(
        _("label"), max_length=100, help_text=_("For example “baseline 2569” or “after SMILE”.")
    )
    phase = models.CharField(
        _("phase"), max_length=20, choices=Phase.choices, default=Phase.CONTINUOUS
    )
    question_set = models.ForeignKey(
        "surveys.QuestionSet",
        on_delete=models.PROTECT,
        related_name="surveys",
        verbose_name=_("question set"),
    )
    offices = models.ManyToManyField(
        "offices.OfficePage", related_name="+", verbose_name=_("offices")
    )
    services = models.ManyToManyField(
        "surveys.Service", blank=True, related_name="+", verbose_name=_("services")
    )
    by_kiosk = models.BooleanField(_("kiosks"), default=False)
    by_qr = models.BooleanField(_("QR code and link"), default=True)
    by_link = models.BooleanField(_("links after a complaint or ticket"), default=False)
    opens_on = models.DateField(_("opens on"))
    closes_on = models.DateField(_("closes on"))

    class Meta:
        verbose_name = _("survey")
        verbose_name_plural = _("surveys")
        ordering = ["-opens_on", "title_th"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(closes_on__gte=models.F("opens_on")),
                name="surveys_survey_period",
            )
        ]

    def __str__(self):
        title = self.title_en if get_language() == "en" else self.title_th
        return f"{title} ({self.label})"

    @property
    def title(self):
        return self.title_en if get_language() == "en" else self.title_th

    def clean(self):
        super().clean()
        if self.opens_on and self.closes_on and self.closes_on < self.opens_on:
            raise ValidationError({"closes_on": _("A survey closes on or after the day it opens.")})

    def is_open(self, day):
        return self.opens_on <= day <= self.closes_on

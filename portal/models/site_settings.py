"""Site-wide contact details editors change in Settings › Organisation."""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="site")
class OrganisationSettings(BaseSiteSetting):
    """Contact details. Names and addresses exist in both site languages.

    Settings are per site, not per locale, so wagtail-localize cannot translate
    them; the two text fields per language are read through ``name``/``address``.
    """

    name_th = models.CharField(_("organisation name (Thai)"), max_length=200, blank=True)
    name_en = models.CharField(_("organisation name (English)"), max_length=200, blank=True)
    address_th = models.TextField(_("address (Thai)"), blank=True)
    address_en = models.TextField(_("address (English)"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("email"), blank=True)
    facebook_url = models.URLField(_("Facebook page"), blank=True)
    line_url = models.URLField(_("LINE official account"), blank=True)
    youtube_url = models.URLField(_("YouTube channel"), blank=True)
    emblem = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("emblem"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The agency's emblem on the home page; a placeholder shows until one is chosen."
        ),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("name_th"), FieldPanel("name_en"), FieldPanel("emblem")],
            heading=_("Organisation name"),
        ),
        MultiFieldPanel([FieldPanel("address_th"), FieldPanel("address_en")], heading=_("Address")),
        MultiFieldPanel([FieldPanel("phone"), FieldPanel("email")], heading=_("Contact")),
        MultiFieldPanel(
            [FieldPanel("facebook_url"), FieldPanel("line_url"), FieldPanel("youtube_url")],
            heading=_("Social links"),
        ),
    ]

    class Meta:
        verbose_name = _("organisation")

    def _localized(self, field):
        english = getattr(self, f"{field}_en")
        thai = getattr(self, f"{field}_th")
        return english or thai if get_language() == "en" else thai or english

    @property
    def name(self):
        return self._localized("name")

    @property
    def address(self):
        return self._localized("address")

    @property
    def social_links(self):
        links = [
            ("Facebook", self.facebook_url),
            ("LINE", self.line_url),
            ("YouTube", self.youtube_url),
        ]
        return [(label, url) for label, url in links if url]

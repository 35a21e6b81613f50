from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from django.db.models.signals import post_save

        from search.registry import register_page_type

        from . import organisation
        from .models import OrganisationSettings, SectionPage, StandardPage

        post_save.connect(organisation.saved, sender=OrganisationSettings)

        register_page_type(StandardPage, _("Pages"))
        register_page_type(SectionPage, _("Sections"))

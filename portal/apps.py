from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from search.registry import register_page_type

        from .models import SectionPage, StandardPage

        register_page_type(StandardPage, _("Pages"))
        register_page_type(SectionPage, _("Sections"))

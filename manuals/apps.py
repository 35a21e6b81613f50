from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ManualsConfig(AppConfig):
    name = "manuals"
    verbose_name = _("Manuals and handbooks")

    def ready(self):
        from search.registry import register_page_type

        from .models import CitizenHandbookPage, ServiceManualPage

        register_page_type(CitizenHandbookPage, _("Citizen handbooks"))
        register_page_type(ServiceManualPage, _("Service-standard manuals"))

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TaxCompassConfig(AppConfig):
    name = "taxcompass"
    verbose_name = _("Tax compass")

    def ready(self):
        from search.registry import register_page_type

        from .models import TaxCompassPage

        register_page_type(TaxCompassPage, _("Tax compass"))

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OfficesConfig(AppConfig):
    name = "offices"
    verbose_name = _("Offices")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from core import site_version
        from search.registry import register_page_type

        from .models import Closure, OfficePage

        register_page_type(OfficePage, _("Offices"))
        # Working calendars are cached under the site version (offices/calendar.py).
        post_save.connect(site_version.changed, sender=Closure, dispatch_uid="closure_saved")
        post_delete.connect(site_version.changed, sender=Closure, dispatch_uid="closure_deleted")

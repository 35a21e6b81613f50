from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The platform every app builds on: no pages, only throttle counters and role permissions."""

    name = "core"
    verbose_name = _("Platform")

    def ready(self):
        from . import http_cache, localize_thai, lockout, site_version  # noqa: F401 - lockout connects its receivers
        from .admin_dates import install_buddhist_era_pickers
        from .dates import install_buddhist_era_formats
        from .slugs import allow_marks_in_slugs

        install_buddhist_era_formats()
        install_buddhist_era_pickers()
        allow_marks_in_slugs()
        localize_thai.install()
        site_version.connect()
        http_cache.connect()

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContestsConfig(AppConfig):
    name = "contests"
    verbose_name = _("Staff contests")

    def ready(self):
        from contests.models import ContestPage
        from search.registry import register_page_type

        register_page_type(ContestPage, _("Contests"))

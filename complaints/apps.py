from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ComplaintsConfig(AppConfig):
    name = "complaints"
    verbose_name = _("Complaints")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from complaints import knowledge, search
        from complaints.models import Complaint
        from manuals import insights
        from search.registry import register_model

        insights.register_source(knowledge.recent_complaints)
        insights.register_citation_check(knowledge.check_citation)
        register_model(Complaint, search.LABEL, search.complaint_querysets, search.describe)

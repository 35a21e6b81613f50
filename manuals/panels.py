"""The editor's panel that shows what other apps report about the page's service
(``manuals.insights``)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from manuals import insights


class InsightsPanel(Panel):
    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("What complaints say about this service"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "manuals/admin/insights_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            service_group = getattr(self.instance, "service_group", "")
            context["insights"] = insights.insights_for(service_group) if service_group else []
            return context

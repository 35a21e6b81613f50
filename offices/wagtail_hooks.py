"""Admin: office closures, a snippet under their own menu item."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from offices.models import Closure


class ClosureViewSet(SnippetViewSet):
    model = Closure
    icon = "calendar-alt"
    menu_label = _("Office closures")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["name_th", "name_en", "start_date", "end_date", "office"]
    list_filter = ["office"]
    list_per_page = 50
    panels = [
        FieldPanel("name_th"),
        FieldPanel("name_en"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldPanel("office", widget=forms.Select),
    ]

    def get_queryset(self, request):
        return Closure.objects.select_related("office")


register_snippet(ClosureViewSet)

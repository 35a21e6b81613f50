"""Admin: staff profiles (office and unit) for administrators, and Thai in the admin."""

from django import forms
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.viewsets.model import ModelViewSet

from portal.models import StaffProfile


class StaffProfileViewSet(ModelViewSet):
    model = StaffProfile
    menu_label = _("Staff profiles")
    icon = "group"
    add_to_settings_menu = True
    list_display = ["user", "name_en", "office", "office_note", "unit"]
    list_filter = ["office"]
    search_fields = [
        "user__username",
        "user__first_name",
        "user__last_name",
        "name_en",
        "office__title",
        "office_note",
        "unit",
    ]
    panels = [
        FieldPanel("user"),
        FieldPanel("name_en"),
        FieldPanel("office", widget=forms.Select),
        FieldPanel("office_note"),
        FieldPanel("unit"),
    ]


@hooks.register("register_admin_viewset")
def register_staff_profiles():
    return StaffProfileViewSet("staff_profiles")


@hooks.register("insert_global_admin_css")
def thai_font_in_admin():
    """Editors' machines may lack a Thai font; the admin uses the portal's own."""
    return format_html(
        '<link rel="stylesheet" href="{}"><link rel="stylesheet" href="{}">',
        static("css/fonts.css"),
        static("css/admin-thai.css"),
    )

"""Admin: question sets, surveys, services, kiosks and visitor counts as snippets
for survey managers, office heads and executives."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    CopyView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from surveys.access import offices_for
from surveys.models import QuestionSet, Service, Survey, VisitorCount


class NewVersionView(CopyView):
    """Copying a question set makes its next version."""

    def get_initial_form_instance(self):
        return self.get_object().new_version()


class QuestionSetViewSet(SnippetViewSet):
    model = QuestionSet
    icon = "list-ol"
    copy_view_class = NewVersionView
    list_display = ["name_th", "version", "created_at"]
    panels = [
        FieldRowPanel([FieldPanel("name_th"), FieldPanel("name_en"), FieldPanel("version")]),
        FieldPanel("questions"),
    ]


class ServiceViewSet(SnippetViewSet):
    model = Service
    icon = "tag"
    list_display = ["name_th", "name_en", "code"]


class OfficeScopedForm(WagtailAdminModelForm):
    """Offices limited to those the signed-in user may manage."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        for name in ("office", "offices"):
            if name in self.fields and for_user is not None:
                self.fields[name].queryset = offices_for(for_user).order_by("path")


class SurveyViewSet(SnippetViewSet):
    model = Survey
    icon = "form"
    list_display = ["title_th", "label", "phase", "opens_on", "closes_on"]
    list_filter = ["phase"]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("title_th"), FieldPanel("title_en")]),
            FieldRowPanel([FieldPanel("slug"), FieldPanel("label"), FieldPanel("phase")]),
            FieldPanel("question_set"),
            FieldPanel("offices", widget=forms.CheckboxSelectMultiple),
            FieldPanel("services", widget=forms.CheckboxSelectMultiple),
            MultiFieldPanel(
                [FieldPanel("by_kiosk"), FieldPanel("by_qr"), FieldPanel("by_link")],
                heading=_("Channels"),
            ),
            FieldRowPanel([FieldPanel("opens_on"), FieldPanel("closes_on")]),
        ],
        base_form_class=OfficeScopedForm,
    )


class VisitorCountViewSet(SnippetViewSet):
    model = VisitorCount
    icon = "group"
    list_display = ["office", "month", "visitors"]
    edit_handler = ObjectList(
        [FieldPanel("office"), FieldPanel("month"), FieldPanel("visitors")],
        base_form_class=OfficeScopedForm,
    )

    def get_queryset(self, request):
        return VisitorCount.objects.filter(office__in=offices_for(request.user)).select_related(
            "office"
        )


class SurveyGroup(SnippetViewSetGroup):
    items = (QuestionSetViewSet, SurveyViewSet, ServiceViewSet, VisitorCountViewSet)
    menu_icon = "form"
    menu_label = _("Satisfaction surveys")
    menu_name = "surveys"


register_snippet(SurveyGroup)

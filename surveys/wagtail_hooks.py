"""Admin: question sets, surveys, services, kiosks and visitor counts as snippets
for survey managers, office heads and executives."""

from django import forms
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    CopyView,
    CreateView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from surveys.access import may_report, offices_for
from surveys.kiosk import kiosk_questions
from surveys.links import kiosk_url
from surveys.models import Kiosk, QuestionSet, Service, Survey, VisitorCount


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


class KioskForm(OfficeScopedForm):
    def clean(self):
        cleaned = super().clean()
        survey = cleaned.get("survey")
        if survey is not None and kiosk_questions(survey.question_set) is None:
            self.add_error("survey", _("A kiosk's survey needs a four-faces question."))
        return cleaned


class IssueKioskView(CreateView):
    """Registering a kiosk makes its device token; the kiosk's address (with the
    token) is shown once in the success message and never stored."""

    def save_instance(self):
        kiosk = self.form.save(commit=False)
        self.token = kiosk.new_token()
        kiosk.created_by = self.request.user
        kiosk.save()
        return kiosk

    def get_success_message(self, instance):
        return _(
            "Kiosk “%(name)s” registered. Open this address on the tablet (it is shown only "
            "once): %(url)s"
        ) % {"name": instance.name, "url": self.request.build_absolute_uri(kiosk_url(self.token))}


class KioskViewSet(SnippetViewSet):
    model = Kiosk
    icon = "tablet-alt"
    add_view_class = IssueKioskView
    list_display = ["name", "office", "survey", "created_at", "revoked_at"]
    edit_handler = ObjectList(
        [FieldPanel("name"), FieldPanel("office"), FieldPanel("survey"), FieldPanel("revoked_at")],
        base_form_class=KioskForm,
    )

    def get_queryset(self, request):
        return Kiosk.objects.filter(office__in=offices_for(request.user)).select_related(
            "office", "survey"
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
    items = (QuestionSetViewSet, SurveyViewSet, ServiceViewSet, KioskViewSet, VisitorCountViewSet)
    menu_icon = "form"
    menu_label = _("Satisfaction surveys")
    menu_name = "surveys"


register_snippet(SurveyGroup)


class ReportsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_report(request.user)


@hooks.register("register_admin_menu_item")
def survey_reports_menu_item():
    return ReportsMenuItem(
        _("Survey reports"), reverse("surveys:reports"), icon_name="table", order=910
    )

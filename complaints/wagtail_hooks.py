"""Admin: complaint categories, SLA policies, reply templates and the intake
API's channel tokens, as snippets grouped under one "Complaints" menu."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet, SnippetViewSetGroup

from complaints.models import Category, ChannelToken, ReplyTemplate, SlaPolicy


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "folder-open-inverse"
    menu_label = _("Categories")
    list_display = ["name_th", "name_en", "parent", "service_group"]
    list_filter = ["service_group"]
    panels = [
        FieldRowPanel([FieldPanel("name_th"), FieldPanel("name_en")]),
        FieldPanel("parent"),
        FieldPanel("service_group"),
        FieldPanel("sort_order"),
    ]

    def get_queryset(self, request):
        return Category.objects.select_related("parent")


class SlaPolicyViewSet(SnippetViewSet):
    model = SlaPolicy
    icon = "time"
    menu_label = _("SLA policies")
    list_display = [
        "priority",
        "strict",
        "acknowledge_days",
        "reply_days",
        "resolve_days",
        "pause_for_agency",
    ]
    panels = [
        FieldRowPanel([FieldPanel("priority"), FieldPanel("strict")]),
        FieldRowPanel(
            [FieldPanel("acknowledge_days"), FieldPanel("reply_days"), FieldPanel("resolve_days")]
        ),
        FieldPanel("pause_for_agency"),
    ]


class ReplyTemplateViewSet(SnippetViewSet):
    model = ReplyTemplate
    icon = "doc-full"
    menu_label = _("Reply templates")
    list_display = ["title", "active"]
    list_filter = ["active"]
    panels = [
        FieldPanel("title"),
        FieldPanel("body_th"),
        FieldPanel("body_en"),
        FieldPanel("active"),
    ]


class IssueChannelTokenView(CreateView):
    """Adding a channel makes its bearer token, shown once in the success message
    and never stored."""

    def save_instance(self):
        channel = self.form.save(commit=False)
        self.token = channel.new_token()
        channel.save()
        return channel

    def get_success_message(self, instance):
        return _("Channel “%(name)s” added. Its intake API token (shown only once): %(token)s") % {
            "name": instance.name,
            "token": self.token,
        }


class ChannelTokenViewSet(SnippetViewSet):
    model = ChannelToken
    icon = "key"
    menu_label = _("Intake API tokens")
    add_view_class = IssueChannelTokenView
    list_display = ["name", "created_at", "revoked_at"]
    panels = [FieldPanel("name"), FieldPanel("revoked_at")]


class ComplaintsViewSetGroup(SnippetViewSetGroup):
    items = (CategoryViewSet, SlaPolicyViewSet, ReplyTemplateViewSet, ChannelTokenViewSet)
    menu_icon = "mail"
    menu_label = _("Complaints")
    menu_order = 260


register_snippet(ComplaintsViewSetGroup)

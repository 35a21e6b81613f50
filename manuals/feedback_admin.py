"""Page feedback in the Wagtail admin: a read-only listing and a summary per page."""

from django.db.models import Count, F, Max, Q, Window
from django.db.models.functions import RowNumber
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from manuals.models import PageFeedback

LATEST_COMMENTS = 3


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Feedback is evidence: it may be read (with ``view_pagefeedback``), never edited."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a == "view"])


feedback_policy = ReadOnlyPolicy(PageFeedback)
register_permission_policy(PageFeedback, feedback_policy)


class FeedbackViewSet(ModelViewSet):
    model = PageFeedback
    icon = "comment"
    menu_label = _("All feedback")
    add_to_admin_menu = False
    list_display = ["page", "helpful", "comment", "locale", "created_at"]
    list_filter = ["helpful", "locale", "created_at"]
    # The policy denies add/change/delete; the generic views still need a form.
    form_fields = ["helpful", "comment"]
    inspect_view_enabled = True
    inspect_view_fields = ["page", "locale", "helpful", "comment", "created_at"]
    ordering = ["-created_at"]

    def get_queryset(self, request):
        return PageFeedback.objects.select_related("page", "locale")


class FeedbackSummaryView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """Per page: how many found it helpful or not, and the latest comments."""

    permission_policy = feedback_policy
    permission_required = "view"
    template_name = "manuals/admin/feedback_summary.html"
    page_title = _("Feedback by page")
    header_icon = "comment"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["rows"] = summary_rows()
        context["listing_url"] = reverse("manuals_feedback:index")
        return context


def summary_rows():
    """One row per page with feedback, most recent first (three queries)."""
    counts = list(
        PageFeedback.objects.values("page")
        .annotate(
            helpful_count=Count("pk", filter=Q(helpful=True)),
            unhelpful_count=Count("pk", filter=Q(helpful=False)),
            latest=Max("created_at"),
        )
        .order_by("-latest")
    )
    page_ids = [row["page"] for row in counts]
    pages = Page.objects.filter(pk__in=page_ids).in_bulk()
    comments = {}
    latest = (
        PageFeedback.objects.filter(page__in=page_ids)
        .exclude(comment="")
        .annotate(rank=Window(RowNumber(), partition_by=F("page"), order_by=F("created_at").desc()))
        .filter(rank__lte=LATEST_COMMENTS)
        .order_by("page", "rank")
    )
    for feedback in latest:
        comments.setdefault(feedback.page_id, []).append(feedback)
    return [
        {**row, "page": pages.get(row["page"]), "comments": comments.get(row["page"], [])}
        for row in counts
        if row["page"] in pages
    ]

"""Admin: page feedback menu and views, and the "manuals due for review" dashboard panel."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.ui.components import Component
from wagtail.permission_policies.pages import PagePermissionPolicy

from manuals.feedback_admin import FeedbackSummaryView, FeedbackViewSet, feedback_policy
from manuals.models import ServiceManualPage
from manuals.reviews import DUE_SOON_DAYS, review_dashboard

feedback_viewset = FeedbackViewSet("manuals_feedback", url_prefix="manuals/feedback")


@hooks.register("register_admin_viewset")
def register_feedback_viewset():
    return feedback_viewset


@hooks.register("register_admin_urls")
def register_feedback_summary_url():
    return [
        path(
            "manuals/feedback-summary/",
            FeedbackSummaryView.as_view(),
            name="manuals_feedback_summary",
        )
    ]


class FeedbackMenuItem(MenuItem):
    def is_shown(self, request):
        return feedback_policy.user_has_permission(request.user, "view")


@hooks.register("register_admin_menu_item")
def register_feedback_menu():
    items = [
        FeedbackMenuItem(
            _("Feedback by page"), reverse("manuals_feedback_summary"), icon_name="list-ul", order=1
        ),
        FeedbackMenuItem(
            _("All feedback"), reverse("manuals_feedback:index"), icon_name="comment", order=2
        ),
    ]
    return SubmenuMenuItem(
        _("Page feedback"), Menu(items=items), icon_name="comment", name="page-feedback", order=850
    )


class ReviewsDuePanel(Component):
    """Manuals the user may edit that are overdue or due within 30 days."""

    order = 150
    template_name = "manuals/admin/reviews_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        editable = PagePermissionPolicy().instances_user_has_any_permission_for(
            self.user, ["change"]
        )
        pages = ServiceManualPage.objects.filter(pk__in=editable.values("pk"))
        overdue, due_soon = review_dashboard(pages)
        return {"overdue": overdue, "due_soon": due_soon, "days": DUE_SOON_DAYS}


@hooks.register("construct_homepage_panels")
def add_reviews_panel(request, panels):
    if ServiceManualPage.objects.exists():
        panels.append(ReviewsDuePanel(request.user))

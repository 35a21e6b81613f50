"""The portal's part of each person's home (see ``core.home``): pages waiting for the
user's review in Wagtail's moderation workflow, and search among the top tasks."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Page, TaskState
from wagtail.permission_policies.pages import PagePermissionPolicy

from core import home


@home.panel(65)
def pages_to_review(request):
    """Workflow tasks the user may approve, newest first (editors and moderators)."""
    user = request.user
    if not user.has_perm("wagtailadmin.access_admin") or not getattr(
        settings, "WAGTAIL_WORKFLOW_ENABLED", True
    ):
        return None
    states = (
        TaskState.objects.reviewable_by(user)
        .select_related("revision", "workflow_state")
        .order_by("-started_at", "-pk")
    )
    latest = list(states[: home.ITEMS_PER_PANEL])
    if not latest and not PagePermissionPolicy().user_has_permission(user, "publish"):
        return None
    page_type = ContentType.objects.get_for_model(Page)
    return home.Panel(
        key="reviews",
        title=_("Pages awaiting your review"),
        count=states.count() if latest else 0,
        items=[
            home.Link(
                state.revision.object_str,
                reverse("wagtailadmin_pages:edit", args=[state.workflow_state.object_id])
                if state.workflow_state.base_content_type_id == page_type.pk
                else reverse("wagtailadmin_home"),
                when=state.started_at,
            )
            for state in latest
        ],
        more=home.Link(_("Open the admin"), reverse("wagtailadmin_home")),
        empty=_("No page is waiting for your review."),
    )


@home.task(50)
def search(request):
    return home.Link(_("Search the portal"), reverse("search:search"))

"""What waits in manuals (see ``core.home``): manuals due for review for those who
may edit them, and the most used citizen handbooks among the top tasks (the ones
readers answered "was this page helpful?" on most in the last year)."""

import datetime

from django.db.models import Count
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale
from wagtail.permission_policies.pages import PagePermissionPolicy

from core import home
from manuals.models import CitizenHandbookPage, HandbookIndexPage, ServiceManualPage
from manuals.models.feedback import PageFeedback
from manuals.reviews import DUE_SOON_DAYS, review_dashboard

TOP_HANDBOOKS = 3


@home.panel(70)
def manuals_due(request):
    """Manuals the user may edit that are overdue or due within 30 days, soonest first."""
    if not request.user.has_perm("wagtailadmin.access_admin"):
        return None
    editable = PagePermissionPolicy().instances_user_has_any_permission_for(
        request.user, ["change"]
    )
    overdue, due_soon = review_dashboard(
        ServiceManualPage.objects.filter(pk__in=editable.values("pk"))
    )
    if not overdue and not due_soon:
        return None
    due = overdue + due_soon
    return home.Panel(
        key="manual-reviews",
        title=_("Manuals due for review"),
        count=len(due),
        items=[
            home.Link(
                page.title,
                reverse("wagtailadmin_pages:edit", args=[page.pk]),
                detail=_("Overdue")
                if page in overdue
                else _("Due within %(days)d days") % {"days": DUE_SOON_DAYS},
                when=page.next_review_date,
            )
            for page in due[: home.ITEMS_PER_PANEL]
        ],
    )


@home.task(10)
def most_used_handbooks(request):
    locale = Locale.get_active()
    index = HandbookIndexPage.objects.live().public().filter(locale=locale).first()
    if index is None:
        return None
    since = timezone.now() - datetime.timedelta(days=365)
    keys = list(
        PageFeedback.objects.filter(created_at__gte=since)
        .values("page__translation_key")
        .annotate(n=Count("pk"))
        .order_by("-n")
        .values_list("page__translation_key", flat=True)[:TOP_HANDBOOKS]
    )
    handbooks = CitizenHandbookPage.objects.live().public().filter(locale=locale)
    chosen = {page.translation_key: page for page in handbooks.filter(translation_key__in=keys)}
    top = [chosen[key] for key in keys if key in chosen]
    if len(top) < TOP_HANDBOOKS:
        top += handbooks.exclude(pk__in=[p.pk for p in top]).order_by("-first_published_at")[
            : TOP_HANDBOOKS - len(top)
        ]
    return [
        *[home.Link(page.title, page.get_url(request), detail=_("Handbook")) for page in top],
        home.Link(_("All handbooks for citizens"), index.get_url(request)),
    ]

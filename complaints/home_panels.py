"""What waits in complaints (see ``core.home``): an officer's or office head's inbox
with its overdue cases, a signed-in citizen's own complaints, and the complaint form
among the top tasks."""

from urllib.parse import urlencode

from django.db.models import Count, F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from complaints import access, timeline
from complaints.choices import OPEN_STATUSES
from complaints.models import Complaint
from core import home


@home.panel(50)
def inbox(request):
    """Open complaints the user may open, the most overdue first."""
    if not access.is_officer(request.user):
        return None
    now = timezone.now()
    open_ = access.visible(request.user).filter(status__in=OPEN_STATUSES)
    counts = open_.aggregate(
        total=Count("pk"), overdue=Count("pk", filter=Q(resolve_due_at__lt=now))
    )
    first = open_.order_by(F("resolve_due_at").asc(nulls_last=True), "pk")
    url = reverse("complaints:inbox")
    return home.Panel(
        key="complaints",
        title=_("Your complaints inbox"),
        count=counts["total"],
        items=[
            home.Link(
                f"{complaint.reference} {complaint.subject}",
                reverse("complaints:officer_detail", args=[complaint.reference]),
                detail=_("Overdue")
                if complaint.resolve_due_at and complaint.resolve_due_at < now
                else complaint.get_status_display(),
                when=complaint.received_at,
            )
            for complaint in first[: home.ITEMS_PER_PANEL]
        ],
        more=home.Link(
            _("%(count)d overdue") % {"count": counts["overdue"]},
            f"{url}?{urlencode({'due': 'overdue'})}",
        )
        if counts["overdue"]
        else home.Link(_("Open the inbox"), url),
        empty=_("No open complaints."),
    )


@home.panel(90)
def my_complaints(request):
    """The complaints a person filed while signed in (none: no panel). They open
    each with its tracking code, as anyone does."""
    mine = Complaint.objects.filter(citizen=request.user).order_by("-received_at", "-pk")
    latest, count = home.first_items(mine)
    if not latest:
        return None
    track = reverse("complaints:track")
    return home.Panel(
        key="my-complaints",
        title=_("Your complaints"),
        count=count,
        items=[
            home.Link(
                complaint.reference,
                track,
                detail=str(timeline.STATUS_LABELS[timeline.citizen_status(complaint)]),
                when=complaint.received_at,
            )
            for complaint in latest
        ],
    )


@home.task(30)
def complaint_form(request):
    return home.Link(_("Make a complaint or suggestion"), reverse("complaints:new"))

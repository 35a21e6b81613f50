"""What an office head (their office and its branches) or an executive (any office
or the whole region) sees beyond the public figures: the overdue complaints and
each officer's workload. Only complaints the user may open are counted, so a
corruption tip never shows here unless they are a designated officer."""

from django.contrib.auth import get_user_model
from django.db.models import Count, Q
from django.utils import timezone

from complaints import access, statistics
from complaints.choices import OPEN_STATUSES
from core.access import has_role

OVERDUE_SHOWN = 20


def may_see(user):
    return has_role(user, "head_office") or has_role(user, "read_all_offices")


def may_choose(user):
    """Executives choose the office; a head sees their own."""
    return has_role(user, "read_all_offices")


def scope(user, chosen):
    """(whether ``user`` may see any office, the office their figures cover: None
    for the whole region). Executives choose; a head always gets their own office,
    whatever was asked."""
    if may_choose(user):
        return True, chosen
    office = access.staff_office(user)
    return office is not None, office


def _complaints(user, office):
    complaints = access.visible(user)
    return complaints.filter(office__in=statistics.office_ids(office)) if office else complaints


def overdue(user, office, now):
    """The most overdue open complaints of ``office`` that ``user`` may open."""
    late = _complaints(user, office).filter(status__in=OPEN_STATUSES, resolve_due_at__lt=now)
    return list(
        late.select_related("office", "assignee").order_by("resolve_due_at", "pk")[:OVERDUE_SHOWN]
    )


def workload(user, office, period, now=None):
    """[{"assignee": user or None, "open", "overdue", "answered"}] per responsible
    officer: open and overdue now, answered in ``period``; the busiest first."""
    now = now or timezone.now()
    start, end = period.bounds()
    open_now = Q(status__in=OPEN_STATUSES)
    rows = (
        _complaints(user, office)
        .values("assignee")
        .annotate(
            open=Count("pk", filter=open_now),
            overdue=Count("pk", filter=open_now & Q(resolve_due_at__lt=now)),
            answered=Count("pk", filter=Q(answered_at__gte=start, answered_at__lt=end)),
        )
        .filter(Q(open__gt=0) | Q(answered__gt=0))
        .order_by("-open", "-overdue", "assignee")
    )
    rows = list(rows)
    users = get_user_model().objects.in_bulk([row["assignee"] for row in rows if row["assignee"]])
    return [{**row, "assignee": users.get(row["assignee"])} for row in rows]

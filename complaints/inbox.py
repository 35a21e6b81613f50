"""The officers' inbox: the complaints a user may open, filtered and sorted, with
counts per status under the same filters. A fixed number of queries whatever the
page size: the page (its ids, then its rows) and the status counts (the total is
read from the counts, so the whole table is counted once)."""

import datetime

from django.db.models import Count, F
from django.utils import timezone

from complaints import access
from complaints.choices import OPEN_STATUSES
from core.working_time import BANGKOK

OVERDUE, DUE_TODAY = "overdue", "today"
FILTERS = ("status", "priority", "office", "category", "channel", "kind")


def _end_of_today(now):
    today = now.astimezone(BANGKOK).date()
    return datetime.datetime.combine(today + datetime.timedelta(days=1), datetime.time(), BANGKOK)


def _filtered(complaints, filters, now, skip=None):
    for name in FILTERS:
        value = filters.get(name)
        if value and name != skip:
            complaints = complaints.filter(**{name: value})
    due = filters.get("due")
    if due == OVERDUE:
        complaints = complaints.filter(status__in=OPEN_STATUSES, resolve_due_at__lt=now)
    elif due == DUE_TODAY:
        complaints = complaints.filter(
            status__in=OPEN_STATUSES, resolve_due_at__lt=_end_of_today(now)
        )
    return complaints


def total(filters, counts):
    """How many complaints ``listing`` lists, from its status counts."""
    status = filters.get("status")
    return counts.get(status, 0) if status else sum(counts.values())


def listing(user, filters, now=None):
    """(complaints in the order shown, {status: count}) for ``user`` under ``filters``
    (cleaned values of the inbox's filter form)."""
    now = now or timezone.now()
    visible = access.visible(user)
    complaints = _filtered(visible, filters, now).select_related(
        "office", "category", "assignee", "team"
    )
    if filters.get("sort") == "received":
        complaints = complaints.order_by("-received_at", "-pk")
    else:
        complaints = complaints.order_by(F("resolve_due_at").asc(nulls_last=True), "pk")
    by_status = _filtered(visible, filters, now, skip="status").values("status")
    counts = {row["status"]: row["n"] for row in by_status.annotate(n=Count("pk")).order_by()}
    return complaints, counts


class IdsFirst:
    """A sorted queryset sliced in two steps: the slice's ids from the filter and the
    sort alone (an index covers them), then those rows with their joins. Sorting
    whole joined rows took 56 ms in SQLite for the overdue filter's 38,000 open
    complaints; the ids alone sort in about 5 (benchmarks/complaints_scale.py)."""

    def __init__(self, queryset):
        self.queryset = queryset

    def __getitem__(self, window):
        ids = list(self.queryset.values_list("pk", flat=True)[window])
        rows = self.queryset.order_by().in_bulk(ids)
        return [rows[pk] for pk in ids]

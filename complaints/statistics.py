"""Public complaint statistics: counts and SLA performance of the complaints
received in a period, for the region or one office (with its branches).

Nothing personal: only counts, shares, working days and ratings. Corruption tips
are left out of the public figures. A complaint counts in the period it was
received. Within SLA: acknowledged (answered) by its due time, out of those
acknowledged (answered) or past their due time. Working days to the answer are
stored on each complaint when it is answered (pauses left out); the 90th
percentile is the nearest rank. A reopened complaint is one reopened itself or
filed again after its answer.
"""

import datetime
import math
import statistics
from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import Avg, Count, Exists, F, Max, OuterRef, Q
from django.db.models.functions import TruncMonth
from django.utils import timezone

from complaints.choices import Kind, Priority
from complaints.models import Complaint, Event, EventKind
from core.working_time import BANGKOK

CACHE_SECONDS = 600


@dataclass(frozen=True)
class Period:
    start: datetime.date  # first day
    end: datetime.date  # the day after the last

    @classmethod
    def last_months(cls, months, today):
        first = today.replace(day=1)
        year, month = divmod(first.year * 12 + first.month - 1 - (months - 1), 12)
        end_year, end_month = divmod(first.year * 12 + first.month, 12)
        return cls(datetime.date(year, month + 1, 1), datetime.date(end_year, end_month + 1, 1))

    @classmethod
    def year(cls, year):
        return cls(datetime.date(year, 1, 1), datetime.date(year + 1, 1, 1))

    def previous(self):
        return Period(self.start - (self.end - self.start), self.start)

    def bounds(self):
        combine = datetime.datetime.combine
        return combine(self.start, datetime.time(), BANGKOK), combine(
            self.end, datetime.time(), BANGKOK
        )


def public(period, office=None):
    """The complaints the public figures count."""
    start, end = period.bounds()
    complaints = Complaint.objects.exclude(kind=Kind.CORRUPTION).filter(
        received_at__gte=start, received_at__lt=end
    )
    if office is not None:
        complaints = complaints.filter(office__path__startswith=office.path)
    return complaints


def _reopened():
    again = Event.objects.filter(complaint=OuterRef("pk"), kind=EventKind.REOPENED)
    filed_again = Complaint.objects.filter(reopened_from=OuterRef("pk"))
    return Q(Exists(again)) | Q(Exists(filed_again))


def _share(part, whole):
    return round(100 * part / whole, 1) if whole else None


def percentile(values, share):
    """The nearest-rank percentile of ``values`` (sorted), or None."""
    if not values:
        return None
    return values[max(0, math.ceil(share * len(values)) - 1)]


def by_priority(complaints, now):
    """One row per priority: counts, % within SLA, working days, reopen rate, rating."""
    rows = (
        complaints.values("priority")
        .annotate(
            received=Count("pk"),
            ack_counted=Count(
                "pk",
                filter=Q(acknowledged_at__isnull=False) | Q(acknowledge_due_at__lt=now),
            ),
            ack_in_time=Count("pk", filter=Q(acknowledged_at__lte=F("acknowledge_due_at"))),
            answer_counted=Count(
                "pk",
                filter=Q(answered_at__isnull=False) | Q(resolve_due_at__lt=now),
            ),
            answer_in_time=Count("pk", filter=Q(answered_at__lte=F("resolve_due_at"))),
            answered=Count("pk", filter=Q(answered_at__isnull=False)),
            reopened=Count("pk", filter=_reopened()),
            rated=Count("pk", filter=Q(rating__isnull=False)),
            rating=Avg("rating"),
        )
        .order_by("priority")
    )
    days = {}
    answered = complaints.filter(days_to_answer__isnull=False)
    for priority, taken in answered.values_list("priority", "days_to_answer"):
        days.setdefault(priority, []).append(taken)
    found = {}
    for row in rows:
        taken = sorted(days.get(row["priority"], []))
        found[row["priority"]] = {
            **row,
            "ack_share": _share(row["ack_in_time"], row["ack_counted"]),
            "answer_share": _share(row["answer_in_time"], row["answer_counted"]),
            "median_days": round(statistics.median(taken), 1) if taken else None,
            "p90_days": round(percentile(taken, 0.9), 1) if taken else None,
            "reopen_share": _share(row["reopened"], row["answered"]),
            "rating": round(row["rating"], 2) if row["rating"] is not None else None,
        }
    return [found[value] for value in Priority.values if value in found]


def counts(complaints, *fields):
    """[(values of ``fields``…, count)], largest first."""
    rows = complaints.values(*fields).annotate(n=Count("pk")).order_by("-n", *fields)
    return [(*(row[field] for field in fields), row["n"]) for row in rows]


def by_month(complaints):
    rows = (
        complaints.annotate(month=TruncMonth("received_at", tzinfo=BANGKOK))
        .values("month")
        .annotate(n=Count("pk"))
        .order_by("month")
    )
    return [(row["month"].date(), row["n"]) for row in rows]


def rising_services(period, office=None):
    """[(service group, this period, the one before)] where complaints rose."""
    now = dict(counts(public(period, office).exclude(category__service_group=""),
                      "category__service_group"))  # fmt: skip
    before = dict(
        counts(
            public(period.previous(), office).exclude(category__service_group=""),
            "category__service_group",
        )
    )
    rows = [(group, n, before.get(group, 0)) for group, n in now.items() if group]
    return sorted((row for row in rows if row[1] > row[2]), key=lambda row: row[2] - row[1])


def cached_report(period, office=None):
    """:func:`report`, kept in the cache until the next event of any complaint (the
    newest event's id is in the key: every change to a complaint logs one)."""
    latest = Event.objects.aggregate(latest=Max("pk"))["latest"]
    key = (
        f"complaints:statistics:{latest}:{period.start}:{period.end}:{office.pk if office else ''}"
    )
    return cache.get_or_set(key, lambda: report(period, office), CACHE_SECONDS)


def report(period, office=None, now=None):
    """Everything the statistics page shows for ``period`` and ``office``."""
    now = now or timezone.now()
    complaints = public(period, office)
    return {
        "total": complaints.count(),
        "months": by_month(complaints),
        "priorities": by_priority(complaints, now),
        "kinds": counts(complaints, "kind"),
        "channels": counts(complaints, "channel"),
        "offices": counts(complaints, "office__code", "office__title"),
        "categories": counts(complaints, "category__name_th", "category__name_en"),
        "rising": rising_services(period, office),
    }


def monthly(complaints):
    """Open data: one row per month and office."""
    rows = (
        complaints.annotate(month=TruncMonth("received_at", tzinfo=BANGKOK))
        .values("month", "office__code")
        .annotate(
            received=Count("pk"),
            answered=Count("pk", filter=Q(answered_at__isnull=False)),
            answered_in_time=Count("pk", filter=Q(answered_at__lte=F("resolve_due_at"))),
            rated=Count("rating"),
            rating=Avg("rating"),
        )
        .order_by("month", "office__code")
    )
    return [
        {
            "month": row["month"].strftime("%Y-%m"),
            "office": row["office__code"] or "",
            "received": row["received"],
            "answered": row["answered"],
            "answered_within_sla": row["answered_in_time"],
            "rated": row["rated"],
            "mean_rating": round(row["rating"], 2) if row["rating"] is not None else None,
        }
        for row in rows
    ]

"""The public monthly complaint figures as open data, for other apps (the API v2
open-data endpoints) and the statistics page's JSON and CSV.

``monthly()`` answers plain dicts, one per month × office × category, with no
personal data and no free text. Corruption tips are never counted.
"""

import datetime
import statistics as stats

from django.db.models import Avg, Count, F, Q
from django.db.models.functions import TruncMonth

from complaints.choices import Kind
from complaints.models import Complaint
from core.working_time import BANGKOK
from offices.models import OfficePage

KEYS = (
    "month",
    "office_code",
    "category_id",
    "category",
    "category_en",
    "service_group",
    "received",
    "closed",
    "closed_within_sla",
    "median_working_days",
    "rated",
    "satisfaction_mean",
)


def _office_ids(office_code):
    """The ids of the office with ``office_code`` (any language) and its branches."""
    paths = OfficePage.objects.filter(code=office_code).values_list("path", flat=True)
    query = Q(pk__in=[])
    for path in paths:
        query |= Q(path__startswith=path)
    return OfficePage.objects.filter(query).values("pk")


def median_days(days):
    """The median of working days, each rounded to a tenth of a day first, rounded
    to a tenth; None for none."""
    return round(stats.median(round(value, 1) for value in days), 1) if days else None


def monthly(year=None, office_code=None):
    """The public monthly aggregates as a list of dicts, ordered by month, office
    code, then category id (uncategorised first).

    ``year``: a Gregorian year (int) to keep only its months; ``office_code``: an
    office's code to keep only that office's rows and its branches' (an unknown
    code answers an empty list). A complaint counts in the month it was received
    (Bangkok time). Keys:

    - ``month``: "YYYY-MM"
    - ``office_code``: the office's code, "" for complaints filed for no office
    - ``category_id``: the category's id, None before triage
    - ``category``, ``category_en``: its Thai and English names ("" before triage)
    - ``service_group``: the service group the category belongs to ("" if none)
    - ``received``: complaints received
    - ``closed``: of them, answered and closed by the office
    - ``closed_within_sla``: of those, answered by their resolution due time
    - ``median_working_days``: median working days to the answer (pauses left
      out; each rounded to a tenth first), None when none was answered
    - ``rated``: how many complainants rated the handling
    - ``satisfaction_mean``: their mean rating (1–5, two decimals), or None
    """
    complaints = Complaint.objects.exclude(kind=Kind.CORRUPTION)
    if year is not None:
        start = datetime.datetime(year, 1, 1, tzinfo=BANGKOK)
        complaints = complaints.filter(
            received_at__gte=start, received_at__lt=start.replace(year=year + 1)
        )
    if office_code is not None:
        complaints = complaints.filter(office__in=_office_ids(office_code))
    complaints = complaints.annotate(month=TruncMonth("received_at", tzinfo=BANGKOK))
    group = ("month", "office__code", "category")
    days = {}
    answered = complaints.filter(days_to_answer__isnull=False)
    for *key, taken in answered.values_list(*group, "days_to_answer"):
        days.setdefault(tuple(key), []).append(taken)
    rows = (
        complaints.values(*group)
        .annotate(
            received=Count("pk"),
            closed=Count("pk", filter=Q(answered_at__isnull=False)),
            closed_within_sla=Count("pk", filter=Q(answered_at__lte=F("resolve_due_at"))),
            rated=Count("rating"),
            rating=Avg("rating"),
            category_th=F("category__name_th"),
            category_name_en=F("category__name_en"),
            service_group=F("category__service_group"),
        )
        .order_by("month", "office__code", F("category").asc(nulls_first=True))
    )
    return [
        {
            "month": row["month"].strftime("%Y-%m"),
            "office_code": row["office__code"] or "",
            "category_id": row["category"],
            "category": row["category_th"] or "",
            "category_en": row["category_name_en"] or "",
            "service_group": row["service_group"] or "",
            "received": row["received"],
            "closed": row["closed"],
            "closed_within_sla": row["closed_within_sla"],
            "median_working_days": median_days(
                days.get((row["month"], row["office__code"], row["category"]))
            ),
            "rated": row["rated"],
            "satisfaction_mean": round(row["rating"], 2) if row["rating"] is not None else None,
        }
        for row in rows
    ]

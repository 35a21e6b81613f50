"""The public monthly complaint figures as open data, for other apps (the API v2
open-data endpoints) and the statistics page's JSON and CSV.

``monthly()`` answers plain dicts, one per month × office × category, with no
personal data and no free text, read from the stored monthly figures. Corruption
tips are never counted.
"""

from collections import Counter

from django.db.models import Q

from complaints import statistics
from complaints.models import Category
from complaints.models.figures import COUNTS
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
    period = statistics.Period.year(year) if year is not None else None
    rows = statistics.figures(period, "category")
    if office_code is not None:
        rows = rows.filter(office_id__in=_office_ids(office_code))
    return aggregated(rows)


def for_period(period, office=None):
    """The same rows for the statistics page's ``period`` and ``office`` (and branches)."""
    return aggregated(statistics.figures(period, "category", office))


def aggregated(figures):
    """The open-data rows of category ``figures`` (a queryset), merged per month,
    office code and category."""
    rows = list(figures.values("month", "office_id", "value", *COUNTS, "days"))
    codes = dict(
        OfficePage.objects.filter(pk__in={row["office_id"] for row in rows}).values_list(
            "pk", "code"
        )
    )
    merged = {}
    for row in rows:
        category = int(row["value"]) if row["value"] else None
        key = (row["month"], codes.get(row["office_id"], ""), category)
        total, days = merged.setdefault(key, (Counter(), Counter()))
        total.update({name: row[name] for name in COUNTS})
        days.update(row["days"])
    categories = {
        pk: (name_th, name_en, group)
        for pk, name_th, name_en, group in Category.objects.filter(
            pk__in={key[2] for key in merged if key[2]}
        ).values_list("pk", "name_th", "name_en", "service_group")
    }
    return [
        {
            "month": month.strftime("%Y-%m"),
            "office_code": code,
            "category_id": category,
            "category": categories.get(category, ("", "", ""))[0],
            "category_en": categories.get(category, ("", "", ""))[1],
            "service_group": categories.get(category, ("", "", ""))[2],
            "received": total["received"],
            "closed": total["answered"],
            "closed_within_sla": total["answered_in_time"],
            "median_working_days": statistics.median(days),
            "rated": total["rated"],
            "satisfaction_mean": (
                round(total["rating_sum"] / total["rated"], 2) if total["rated"] else None
            ),
        }
        for (month, code, category), (total, days) in sorted(
            merged.items(), key=lambda item: (item[0][0], item[0][1], item[0][2] or 0)
        )
    ]

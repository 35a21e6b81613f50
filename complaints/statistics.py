"""Public complaint statistics: counts and SLA performance of the complaints
received in a period, for the region or one office (with its branches).

Read from the stored monthly figures (``complaints.models.figures``), in a fixed
number of queries whatever the number of complaints. Nothing personal: only
counts, shares, working days and ratings. Corruption tips are left out of the
public figures. A complaint counts in the month it was received (Bangkok time).
Within SLA: acknowledged (answered) by its due time, out of those acknowledged
(answered) or still open past their due time (counted from the open complaints,
as it changes with time alone). Working days to the answer are stored on each
complaint when it is answered (pauses left out), each rounded to a tenth of a
day; the 90th percentile is the nearest rank. A reopened complaint is one
reopened itself or filed again after its answer.
"""

import datetime
import math
from collections import Counter
from dataclasses import dataclass

from django.db.models import Count, Q, Sum
from django.utils import timezone

from complaints.choices import OPEN_STATUSES, Kind, Priority
from complaints.models import Category, Complaint, MonthlyFigure
from complaints.models.figures import COUNTS
from core.working_time import BANGKOK
from offices.models import OfficePage


@dataclass(frozen=True)
class Period:
    start: datetime.date  # first day of a month
    end: datetime.date  # the first day of the month after the last

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
        """The same number of months just before."""
        months = (self.end.year - self.start.year) * 12 + self.end.month - self.start.month
        year, month = divmod(self.start.year * 12 + self.start.month - 1 - months, 12)
        return Period(datetime.date(year, month + 1, 1), self.start)

    def bounds(self):
        combine = datetime.datetime.combine
        return combine(self.start, datetime.time(), BANGKOK), combine(
            self.end, datetime.time(), BANGKOK
        )


def office_ids(office):
    """The ids of ``office`` and its branches (a subquery)."""
    return OfficePage.objects.filter(path__startswith=office.path).values("pk")


def figures(period, facet, office=None):
    """The stored figures of one facet in ``period`` (None: every month)."""
    rows = MonthlyFigure.objects.filter(facet=facet).order_by()
    if period is not None:
        rows = rows.filter(month__gte=period.start, month__lt=period.end)
    return rows.filter(office_id__in=office_ids(office)) if office is not None else rows


def public(period, office=None):
    """The complaint records the public figures count."""
    start, end = period.bounds()
    complaints = Complaint.objects.exclude(kind=Kind.CORRUPTION).filter(
        received_at__gte=start, received_at__lt=end
    )
    if office is not None:
        complaints = complaints.filter(office__in=office_ids(office))
    return complaints


def _share(part, whole):
    return round(100 * part / whole, 1) if whole else None


def ranked(histogram, share):
    """The nearest-rank percentile (working days) of a {tenths: count} histogram."""
    total = sum(histogram.values())
    return _nth(histogram, max(1, math.ceil(share * total)) - 1) / 10 if total else None


def median(histogram):
    """The median (working days, to a tenth) of a {tenths: count} histogram."""
    total = sum(histogram.values())
    if not total:
        return None
    low, high = _nth(histogram, (total - 1) // 2), _nth(histogram, total // 2)
    return round((low + high) / 20, 1)


def _nth(histogram, index):
    """The ``index``-th smallest value (tenths) of a histogram, from 0."""
    seen = 0
    for tenths in sorted(histogram, key=int):
        seen += histogram[tenths]
        if seen > index:
            return int(tenths)
    raise IndexError(index)


def _late(period, office, now):
    """{priority: (not acknowledged past due, not answered past due)} of the open
    complaints: what changes with time alone."""
    rows = (
        public(period, office)
        .filter(status__in=OPEN_STATUSES)
        .values("priority")
        .annotate(
            ack=Count("pk", filter=Q(acknowledged_at__isnull=True, acknowledge_due_at__lt=now)),
            answer=Count("pk", filter=Q(answered_at__isnull=True, resolve_due_at__lt=now)),
        )
        .order_by()
    )
    return {row["priority"]: (row["ack"], row["answer"]) for row in rows}


def by_priority(period, office, now):
    """One row per priority: counts, % within SLA, working days, reopen rate, rating."""
    summed = {}
    for row in figures(period, "priority", office).values("value", *COUNTS, "days"):
        total, days = summed.setdefault(row["value"], (Counter(), Counter()))
        total.update({name: row[name] for name in COUNTS})
        days.update(row["days"])
    late = _late(period, office, now)
    found = []
    for priority in Priority.values:
        if priority not in summed:
            continue
        total, days = summed[priority]
        ack_late, answer_late = late.get(priority, (0, 0))
        found.append(
            {
                "priority": priority,
                "received": total["received"],
                "ack_share": _share(
                    total["acknowledged_in_time"], total["acknowledged"] + ack_late
                ),
                "answer_share": _share(total["answered_in_time"], total["answered"] + answer_late),
                "answered": total["answered"],
                "median_days": median(days),
                "p90_days": ranked(days, 0.9),
                "reopened": total["reopened"],
                "reopen_share": _share(total["reopened"], total["answered"]),
                "rated": total["rated"],
                "rating": round(total["rating_sum"] / total["rated"], 2)
                if total["rated"]
                else None,
            }
        )
    return found


def _largest_first(counter):
    return sorted(counter.items(), key=lambda item: (-item[1], item[0]))


def report(period, office=None, now=None):
    """Everything the statistics page shows for ``period`` and ``office``."""
    now = now or timezone.now()
    months, kinds, offices = Counter(), Counter(), Counter()
    by_kind = figures(period, "kind", office).values("month", "office_id", "value")
    for row in by_kind.annotate(n=Sum("received")):
        months[row["month"]] += row["n"]
        kinds[row["value"]] += row["n"]
        offices[row["office_id"]] += row["n"]
    channels = figures(period, "channel", office).values("value").annotate(n=Sum("received"))
    pages = OfficePage.objects.filter(pk__in=list(offices)).values_list("pk", "code", "title")
    named = {pk: (code, title) for pk, code, title in pages}
    categories, rising = _categories(period, office)
    return {
        "total": sum(kinds.values()),
        "months": sorted(months.items()),
        "priorities": by_priority(period, office, now),
        "kinds": _largest_first(kinds),
        "channels": _largest_first(Counter({row["value"]: row["n"] for row in channels})),
        "offices": [
            (*named.get(pk, (None, None)), n)
            for pk, n in sorted(
                offices.items(), key=lambda item: (-item[1], named.get(item[0], ("",))[0] or "")
            )
        ],
        "categories": categories,
        "rising": rising,
    }


def _categories(period, office):
    """([(Thai name, English name, count)] largest first, None for uncategorised;
    [(service group, this period, the one before)] where complaints rose)."""
    whole = Period(period.previous().start, period.end)
    now, before = Counter(), Counter()
    rows = figures(whole, "category", office).values("month", "value").annotate(n=Sum("received"))
    for row in rows:
        (now if row["month"] >= period.start else before)[row["value"]] += row["n"]
    ids = [int(value) for value in {*now, *before} if value]
    found = {
        str(pk): (name_th, name_en, group)
        for pk, name_th, name_en, group in Category.objects.filter(pk__in=ids).values_list(
            "pk", "name_th", "name_en", "service_group"
        )
    }
    named = Counter()
    for value, n in now.items():
        named[found.get(value, (None, None, ""))[:2]] += n
    categories = [
        (*names, n)
        for names, n in sorted(named.items(), key=lambda item: (-item[1], item[0][0] or ""))
    ]
    groups_now, groups_before = Counter(), Counter()
    for counts, groups in ((now, groups_now), (before, groups_before)):
        for value, n in counts.items():
            group = found.get(value, (None, None, ""))[2]
            if group:
                groups[group] += n
    rising = [
        (group, n, groups_before.get(group, 0))
        for group, n in groups_now.items()
        if n > groups_before.get(group, 0)
    ]
    return categories, sorted(rising, key=lambda row: (row[2] - row[1], row[0]))


def rising_services(period, office=None):
    """[(service group, this period, the one before)] where complaints rose."""
    return _categories(period, office)[1]

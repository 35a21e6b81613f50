"""Stored monthly figures of the public complaint statistics, kept current in the
transaction of every change to a complaint.

Each complaint (corruption tips excepted) *contributes* to four rows: one per
facet (priority, type, channel, category) of the month it was received (Bangkok
time) and its office. A row holds additive counts and, for the priority and
category facets, a histogram of the working days to the answer (rounded to a
tenth of a day) from which medians and percentiles are read. ``Complaint.save``
subtracts the row's contribution as stored before the save and adds the new one
(``apply``), so the figures always equal a rebuild from the records
(``manage.py rebuild_complaint_statistics``, for rows written around the model:
bulk loads, raw updates).

What changes with time alone (a complaint still open past its due time) is not
stored: the statistics count it from the open complaints when they are read.
"""

from collections import Counter, defaultdict

from django.db import models
from django.utils.translation import gettext_lazy as _

from complaints.choices import Kind
from core.working_time import BANGKOK

FACETS = ("priority", "kind", "channel", "category")
WITH_DAYS = frozenset({"priority", "category"})
COUNTS = (
    "received",
    "acknowledged",
    "acknowledged_in_time",
    "answered",
    "answered_in_time",
    "reopened",
    "rated",
    "rating_sum",
)
RECEIVED = COUNTS.index("received")
# The complaint fields a contribution is computed from.
FIELDS = (
    "kind",
    "received_at",
    "office_id",
    "priority",
    "channel",
    "category_id",
    "acknowledged_at",
    "acknowledge_due_at",
    "answered_at",
    "resolve_due_at",
    "reopened",
    "rating",
    "days_to_answer",
)


class MonthlyFigure(models.Model):
    month = models.DateField(_("month"), help_text=_("Its first day."))
    office_id = models.PositiveIntegerField(
        _("office page id"), help_text=_("0 for complaints filed for no office.")
    )
    facet = models.CharField(_("facet"), max_length=10)
    value = models.CharField(
        _("value"), max_length=20, blank=True, help_text=_("A category's id for categories.")
    )
    received = models.PositiveIntegerField(default=0)
    acknowledged = models.PositiveIntegerField(default=0)
    acknowledged_in_time = models.PositiveIntegerField(default=0)
    answered = models.PositiveIntegerField(default=0)
    answered_in_time = models.PositiveIntegerField(default=0)
    reopened = models.PositiveIntegerField(default=0)
    rated = models.PositiveIntegerField(default=0)
    rating_sum = models.PositiveIntegerField(default=0)
    days = models.JSONField(
        _("working days to the answer"), default=dict, help_text=_("Tenths of a day: count.")
    )

    class Meta:
        verbose_name = _("monthly complaint figure")
        verbose_name_plural = _("monthly complaint figures")
        default_permissions = ()
        constraints = [
            models.UniqueConstraint(
                fields=["facet", "month", "office_id", "value"], name="complaints_one_figure"
            )
        ]

    def __str__(self):
        return f"{self.month:%Y-%m} {self.office_id} {self.facet}={self.value}"


def _month(moment):
    return moment.astimezone(BANGKOK).date().replace(day=1)


def _by(done, due):
    """Done by the due time (as SQL compares: nothing missing)."""
    return done is not None and due is not None and done <= due


def contribution(values):
    """{(facet, month, office id, value): (counts, days in tenths or None)} of one
    complaint's ``values`` (a mapping of ``FIELDS``); empty for a corruption tip."""
    if values["kind"] == Kind.CORRUPTION:
        return {}
    acknowledged, answered = values["acknowledged_at"], values["answered_at"]
    counts = (
        1,
        int(acknowledged is not None),
        int(_by(acknowledged, values["acknowledge_due_at"])),
        int(answered is not None),
        int(_by(answered, values["resolve_due_at"])),
        int(bool(values["reopened"])),
        int(values["rating"] is not None),
        values["rating"] or 0,
    )
    days = values["days_to_answer"]
    tenths = round(days * 10) if days is not None else None
    month, office = _month(values["received_at"]), values["office_id"] or 0
    found = {}
    for facet in FACETS:
        value = values[f"{facet}_id" if facet == "category" else facet]
        key = (facet, month, office, "" if value is None else str(value))
        found[key] = (counts, tenths if facet in WITH_DAYS else None)
    return found


def of(complaint):
    return contribution({name: getattr(complaint, name) for name in FIELDS})


def _deltas(before, after):
    """{key: (count deltas, Counter of day deltas)} where ``before`` and ``after`` differ."""
    changed = {}
    for sign, contributions in ((-1, before), (1, after)):
        for key, (counts, tenths) in contributions.items():
            total, days = changed.setdefault(key, ([0] * len(COUNTS), Counter()))
            for index, n in enumerate(counts):
                total[index] += sign * n
            if tenths is not None:
                days[str(tenths)] += sign
    return {
        key: (total, days)
        for key, (total, days) in changed.items()
        if any(total) or any(days.values())
    }


def apply(before, after):
    """Move the stored figures from one complaint's ``before`` contribution to its
    ``after`` one (call inside the transaction that saves the complaint).

    The counts move by increments in SQL, one UPDATE per distinct change (the four
    rows of a complaint usually change alike); a new contribution's rows are
    created first. The histograms of days are read under a lock and written back."""
    changed = _deltas(before, after)
    if not changed:
        return
    added = [key for key, (total, _days) in changed.items() if total[RECEIVED] > 0]
    if added:
        MonthlyFigure.objects.bulk_create(
            [
                MonthlyFigure(facet=facet, month=month, office_id=office, value=value)
                for facet, month, office, value in added
            ],
            ignore_conflicts=True,
        )
    alike = defaultdict(list)
    for key, (total, _days) in changed.items():
        if any(total):
            alike[tuple(total)].append(key)
    for total, keys in alike.items():
        _rows(keys).update(
            **{name: models.F(name) + n for name, n in zip(COUNTS, total, strict=True) if n}
        )
    moved = {key: days for key, (_total, days) in changed.items() if any(days.values())}
    for row in _rows(moved).select_for_update() if moved else ():
        merged = Counter(row.days)
        merged.update(moved[(row.facet, row.month, row.office_id, row.value)])
        merged = {tenths: n for tenths, n in sorted(merged.items()) if n}
        MonthlyFigure.objects.filter(pk=row.pk).update(days=merged)
    removed = [key for key, (total, _days) in changed.items() if total[RECEIVED] < 0]
    if removed:
        _rows(removed).filter(received=0).delete()


def _rows(keys):
    """The stored rows of ``keys`` (facet, month, office id, value)."""
    match = models.Q()
    for facet, month, office, value in keys:
        match |= models.Q(facet=facet, month=month, office_id=office, value=value)
    return MonthlyFigure.objects.filter(match)


def totals(values):
    """{key: (counts, Counter of days)} summed over complaints' ``values`` (mappings
    of ``FIELDS``): what the stored figures must equal."""
    found = {}
    for complaint in values:
        for key, delta in _deltas({}, contribution(complaint)).items():
            total, days = found.setdefault(key, ([0] * len(COUNTS), Counter()))
            for index, n in enumerate(delta[0]):
                total[index] += n
            days.update(delta[1])
    return found


def figure_rows(found, model=MonthlyFigure):
    """Unsaved ``model`` rows of ``totals()`` (``model`` may be a migration's)."""
    return [
        model(
            facet=facet,
            month=month,
            office_id=office,
            value=value,
            **dict(zip(COUNTS, total, strict=True)),
            days={tenths: n for tenths, n in sorted(days.items()) if n},
        )
        for (facet, month, office, value), (total, days) in found.items()
    ]

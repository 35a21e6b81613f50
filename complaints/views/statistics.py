"""The public statistics page, its monthly open data (JSON and CSV), and the
officers' CSV export of their inbox."""

from django import forms
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from complaints import access, charts, inbox, open_statistics, statistics
from complaints.choices import Kind
from complaints.officer_forms import InboxFilterForm, OfficeChoiceField, OfficesInLanguage
from core.csv import csv_response
from core.dates import BUDDHIST_ERA_OFFSET
from manuals.choices import ServiceGroup

FIRST_YEAR = 2024
EXPORT_LIMIT = 50_000


class StatisticsForm(OfficesInLanguage, forms.Form):
    year = forms.TypedChoiceField(
        label=gettext_lazy("Year (B.E.)"), coerce=int, required=False, empty_value=None
    )
    office = OfficeChoiceField(empty_label=gettext_lazy("The whole region"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        this_year = timezone.localdate().year
        self.fields["year"].choices = [("", _("The last 12 months"))] + [
            (year, year + BUDDHIST_ERA_OFFSET) for year in range(this_year, FIRST_YEAR - 1, -1)
        ]

    def chosen(self):
        """(period, office) of the valid choices; the last 12 months by default."""
        data = self.cleaned_data if self.is_valid() else {}
        year = data.get("year")
        period = (
            statistics.Period.year(year)
            if year
            else statistics.Period.last_months(12, timezone.localdate())
        )
        return period, data.get("office")


def figures_context(report):
    """What the figures' include needs beside the report: labels and charts."""
    return {
        "report": report,
        "kinds": [(Kind(kind).label, n) for kind, n in report["kinds"]],
        "rising": [
            (group, ServiceGroup(group).label, now, before)
            for group, now, before in report["rising"]
        ],
        "month_chart": charts.months(report["months"]),
        "channel_chart": charts.channels(report["channels"]),
    }


def statistics_page(request):
    form = StatisticsForm(request.GET or None)
    period, office = form.chosen()
    context = {
        "form": form,
        "period": period,
        "office": office,
        **figures_context(statistics.report(period, office)),
        "overdue": _overdue(request.user),
    }
    return render(request, "complaints/statistics.html", context)


OVERDUE_SHOWN = 20


def _overdue(user):
    """For officers, heads and executives: the most overdue complaints they may open."""
    if not access.is_officer(user):
        return None
    complaints, _counts = inbox.listing(user, {"due": inbox.OVERDUE})
    return inbox.IdsFirst(complaints)[:OVERDUE_SHOWN]


def _monthly(request):
    form = StatisticsForm(request.GET or None)
    return open_statistics.for_period(*form.chosen())


def monthly_json(request):
    return JsonResponse({"monthly": _monthly(request)})


def monthly_csv(request):
    header = open_statistics.KEYS
    return csv_response(
        "complaints-monthly.csv",
        header,
        ([row[name] for name in header] for row in _monthly(request)),
    )


@access.officer_required
def export_csv(request):
    """The inbox under its filters as CSV (no contact details)."""
    form = InboxFilterForm(request.GET or None)
    complaints, _counts = inbox.listing(request.user, form.filters())
    header = [_("Reference"), _("Received"), _("Type"), _("Channel"), _("Office"),
              _("Category"), _("Priority"), _("Status"), _("Resolution due"), _("Answered"),
              _("Outcome"), _("Root cause"), _("Corrective action"), _("Rating")]  # fmt: skip
    rows = (
        [
            complaint.reference,
            timezone.localtime(complaint.received_at).isoformat(timespec="minutes"),
            complaint.get_kind_display(),
            complaint.get_channel_display(),
            complaint.office.code if complaint.office else "",
            complaint.category.name if complaint.category else "",
            complaint.priority,
            complaint.get_status_display(),
            timezone.localtime(complaint.resolve_due_at).isoformat(timespec="minutes")
            if complaint.resolve_due_at
            else "",
            timezone.localtime(complaint.answered_at).isoformat(timespec="minutes")
            if complaint.answered_at
            else "",
            complaint.get_outcome_display(),
            complaint.root_cause,
            complaint.corrective_action,
            complaint.rating or "",
        ]
        for complaint in complaints[:EXPORT_LIMIT]
    )
    return csv_response("complaints.csv", header, rows)

"""The supervisors' completion report, on screen and as CSV."""

from django.core.paginator import Paginator
from django.shortcuts import render
from django.views.decorators.http import require_GET

from training.access import supervisor_required
from training.report import ReportFilterForm, completion_csv, report_courses, report_rows

ROWS_PER_PAGE = 50


def _filtered(request):
    courses = report_courses()
    form = ReportFilterForm(request.GET, courses)
    filters = form.cleaned_data if form.is_valid() else {}
    return form, report_rows(courses, filters.get("course"), filters.get("office"))


@require_GET
@supervisor_required
def report(request):
    form, rows = _filtered(request)
    totals = {
        key: sum(row[key] for row in rows) for key in ("enrolled", "in_progress", "completed")
    }
    return render(
        request,
        "training/report.html",
        {
            "form": form,
            "rows": Paginator(rows, ROWS_PER_PAGE).get_page(request.GET.get("page")),
            "totals": totals,
            "query": request.GET.urlencode(),
        },
    )


@require_GET
@supervisor_required
def report_csv(request):
    _form, rows = _filtered(request)
    return completion_csv(rows)

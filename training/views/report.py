"""The supervisors' completion report, on screen and as CSV (routes of the course
index; ``course_pages`` are all the course pages)."""

from django.core.paginator import Paginator
from django.shortcuts import render
from django.views.decorators.http import require_GET

from training import people
from training.access import supervisor_required
from training.report import ReportFilterForm, completion_csv, report_courses, report_rows

ROWS_PER_PAGE = 50


def _filtered(request, course_pages):
    courses = report_courses(course_pages)
    form = ReportFilterForm(request.GET, courses)
    filters = form.cleaned_data if form.is_valid() else {}
    return form, report_rows(courses, filters.get("course"), filters.get("office"))


@require_GET
@supervisor_required
def report(request, index, course_pages):
    form, rows = _filtered(request, course_pages)
    totals = {
        key: sum(row[key] for row in rows) for key in ("enrolled", "in_progress", "completed")
    }
    return render(
        request,
        "training/report.html",
        {
            "index": index,
            "form": form,
            "rows": Paginator(rows, ROWS_PER_PAGE).get_page(request.GET.get("page")),
            "totals": totals,
            "query": request.GET.urlencode(),
        },
    )


@require_GET
@supervisor_required
def report_csv(request, course_pages):
    _form, rows = _filtered(request, course_pages)
    return completion_csv(rows)


def _office_people(request, course_pages):
    courses = report_courses(course_pages)
    form = people.PeopleFilterForm(request.GET, courses)
    filters = form.cleaned_data if form.is_valid() else {}
    if filters.get("course"):
        courses = [course for course in courses if course.pk == filters["course"]]
    office = people.own_office(request.user)
    rows = people.people_rows(office, courses, filters.get("status")) if office else []
    return form, office, courses, rows


@require_GET
@supervisor_required
def office_people(request, index, course_pages):
    """Every staff member of the supervisor's office and their status in each course."""
    form, office, courses, rows = _office_people(request, course_pages)
    return render(
        request,
        "training/office_people.html",
        {
            "index": index,
            "form": form,
            "office": office,
            "courses": courses,
            "people": Paginator(rows, ROWS_PER_PAGE).get_page(request.GET.get("page")),
            "query": request.GET.urlencode(),
            "labels": people.STATUS_LABELS,
        },
    )


@require_GET
@supervisor_required
def office_people_csv(request, course_pages):
    _form, office, _courses, rows = _office_people(request, course_pages)
    if office is None:
        return render(request, "training/office_people.html", {"office": None}, status=404)
    return people.people_csv(office, rows)

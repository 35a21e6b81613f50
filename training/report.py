"""Completion by office and unit for each course: the supervisors' report and its CSV."""

from django import forms
from django.db.models import Count, Exists, OuterRef
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Locale, Page

from core.csv import csv_response
from core.locales import default_locale, titles_in_active_language
from portal.models import StaffProfile
from training.models.progress import Certificate, Enrolment


class ReportFilterForm(forms.Form):
    course = forms.TypedChoiceField(
        label=gettext_lazy("Course"), required=False, coerce=int, empty_value=None
    )
    office = forms.TypedChoiceField(
        label=gettext_lazy("Office"), required=False, coerce=int, empty_value=None
    )

    def __init__(self, data, courses):
        super().__init__(data)
        everything = [("", _("All"))]
        self.fields["course"].choices = everything + [(c.pk, c.title) for c in courses]
        staffed = Page.objects.filter(
            pk__in=StaffProfile.objects.filter(office__isnull=False).values("office")
        ).order_by("path")
        self.fields["office"].choices = everything + list(
            titles_in_active_language(staffed).items()
        )


def report_courses(course_pages):
    """The source-language courses of ``course_pages`` (every course page), titled in
    the active language."""
    courses = list(course_pages.filter(locale=default_locale()).order_by("path"))
    titles = dict(
        course_pages.filter(
            translation_key__in=[course.translation_key for course in courses],
            locale=Locale.get_active(),
        ).values_list("translation_key", "title")
    )
    for course in courses:
        course.title = titles.get(course.translation_key, course.title)
    return courses


def report_rows(courses, course_id=None, office_id=None):
    """One row per course, office and unit: enrolled, in progress and completed counts.
    Offices are named in the active language; an office missing from the directory by
    the profile's note."""
    enrolments = Enrolment.objects.filter(course__in=courses)
    if course_id:
        enrolments = enrolments.filter(course_id=course_id)
    if office_id:
        enrolments = enrolments.filter(user__staff_profile__office=office_id)
    completed = Certificate.objects.filter(user=OuterRef("user"), course=OuterRef("course"))
    profile = "user__staff_profile__"
    grouped = list(
        enrolments.values(
            "course_id", f"{profile}office", f"{profile}office_note", f"{profile}unit"
        )
        .annotate(enrolled=Count("pk"), completed=Count("pk", filter=Exists(completed)))
        .order_by(
            "course__path", f"{profile}office__path", f"{profile}office_note", f"{profile}unit"
        )
    )
    titles = {course.pk: course.title for course in courses}
    offices = titles_in_active_language(
        Page.objects.filter(pk__in={row[f"{profile}office"] for row in grouped})
    )
    return [
        {
            "course": titles[row["course_id"]],
            "office": offices.get(row[f"{profile}office"])
            or row[f"{profile}office_note"]
            or _("No office recorded"),
            "unit": row[f"{profile}unit"] or "",
            "enrolled": row["enrolled"],
            "in_progress": row["enrolled"] - row["completed"],
            "completed": row["completed"],
            "percent": round(100 * row["completed"] / row["enrolled"]),
        }
        for row in grouped
    ]


def completion_csv(rows):
    """The report as a CSV download."""
    keys = ["course", "office", "unit", "enrolled", "in_progress", "completed", "percent"]
    header = [
        _("Course"),
        _("Office"),
        _("Unit"),
        _("Enrolled"),
        _("In progress"),
        _("Completed"),
        _("Completion rate"),
    ]
    return csv_response(
        "training-completion.csv", header, ([row[key] for key in keys] for row in rows)
    )

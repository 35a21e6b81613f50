"""The supervisor's view of their own office: every staff member, enrolled or not, with
their status in each course ("not started", "in progress", "completed"), and its CSV.

A supervisor sees the office of their own staff profile only; a superuser may pick any
office. Staff are the active accounts holding the staff role whose profile names that
office (the directory page, or the same note when the office is not in the directory).
"""

from dataclasses import dataclass

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Page

from core.access import users_with_role
from core.csv import csv_response
from core.locales import titles_in_active_language
from core.text import one_line
from portal.models import StaffProfile
from training.models.progress import Certificate, Enrolment

NOT_STARTED, IN_PROGRESS, COMPLETED = "not-started", "in-progress", "completed"
STATUS_LABELS = {
    NOT_STARTED: gettext_lazy("Not started"),
    IN_PROGRESS: gettext_lazy("In progress"),
    COMPLETED: gettext_lazy("Completed"),
}


@dataclass(frozen=True)
class Office:
    """The office a report is about: a directory page (``page_id``) or a ``note``."""

    name: str
    page_id: int | None = None
    note: str = ""

    def staff_filter(self):
        if self.page_id:
            return {"staff_profile__office_id": self.page_id}
        return {"staff_profile__office__isnull": True, "staff_profile__office_note": self.note}


def own_office(user):
    """The office of ``user``'s staff profile, or None when it names none."""
    profile = StaffProfile.objects.filter(user=user).select_related("office").first()
    if profile is None:
        return None
    if profile.office_id:
        pages = Page.objects.filter(pk=profile.office_id)
        title = titles_in_active_language(pages).get(profile.office_id)
        return Office(name=title or profile.office.title, page_id=profile.office_id)
    if profile.office_note:
        return Office(name=profile.office_note, note=profile.office_note)
    return None


class PeopleFilterForm(forms.Form):
    course = forms.TypedChoiceField(
        label=gettext_lazy("Course"), required=False, coerce=int, empty_value=None
    )
    status = forms.ChoiceField(label=gettext_lazy("Status"), required=False)

    def __init__(self, data, courses):
        super().__init__(data)
        self.fields["course"].choices = [("", _("All"))] + [(c.pk, c.title) for c in courses]
        self.fields["status"].choices = [("", _("All"))] + list(STATUS_LABELS.items())


@dataclass
class Person:
    name: str
    username: str
    unit: str
    statuses: list  # [(course, status, completed date or None)] in course order


def people_rows(office, courses, status=None):
    """Every staff member of ``office`` with their status in each of ``courses``;
    with ``status``, only those who have it in at least one. Three queries."""
    people = list(
        users_with_role("staff_member")
        .filter(is_active=True, **office.staff_filter())
        .select_related("staff_profile")
        .order_by("first_name", "last_name", "username")
    )
    ids = [person.pk for person in people]
    enrolled = set(
        Enrolment.objects.filter(user_id__in=ids, course__in=courses).values_list(
            "user_id", "course_id"
        )
    )
    completed = {
        (user_id, course_id): issued
        for user_id, course_id, issued in Certificate.objects.filter(
            user_id__in=ids, course__in=courses
        ).values_list("user_id", "course_id", "issued_at")
    }
    rows = []
    for person in people:
        statuses = []
        for course in courses:
            key = (person.pk, course.pk)
            if key in completed:
                statuses.append((course, COMPLETED, completed[key]))
            elif key in enrolled:
                statuses.append((course, IN_PROGRESS, None))
            else:
                statuses.append((course, NOT_STARTED, None))
        if status and not any(found == status for _course, found, _date in statuses):
            continue
        rows.append(
            Person(
                name=one_line(person.get_full_name()) or person.get_username(),
                username=person.get_username(),
                unit=person.staff_profile.unit,
                statuses=statuses,
            )
        )
    return rows


def people_csv(office, rows):
    """One line per person and course, for Excel (UTF-8 with a BOM)."""
    header = [_("Office"), _("Name"), _("Unit"), _("Course"), _("Status"), _("Completed on")]
    lines = (
        [
            office.name,
            person.name,
            person.unit,
            course.title,
            str(STATUS_LABELS[status]),
            issued.date().isoformat() if issued else "",
        ]
        for person in rows
        for course, status, issued in person.statuses
    )
    return csv_response("training-office-staff.csv", header, lines)

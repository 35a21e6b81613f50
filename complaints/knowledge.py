"""The complaint loop closed into the knowledge base, through ``manuals.insights``:
the editors of a manual or handbook see the complaints about its service in the
last 90 days (category, outcome, root cause and corrective action: nothing that
names the complainant; no corruption tips), and a lesson learned may cite an
answered or closed complaint by its reference."""

import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from complaints.choices import Kind, Status
from complaints.models import Complaint
from core.dates import format_date
from manuals.insights import Insight

RECENT = datetime.timedelta(days=90)
SHOWN = 20


def recent_complaints(service_group):
    """The :class:`~manuals.insights.Insight` of the service's recent complaints."""
    since = timezone.now() - RECENT
    complaints = (
        Complaint.objects.exclude(kind=Kind.CORRUPTION)
        .filter(category__service_group=service_group, received_at__gte=since)
        .select_related("category")
        .order_by("-received_at")[:SHOWN]
    )
    rows = [
        [
            complaint.reference,
            format_date(complaint.received_at),
            complaint.category.name,
            complaint.get_outcome_display() or complaint.get_status_display(),
            complaint.root_cause,
            complaint.corrective_action,
        ]
        for complaint in complaints
    ]
    return Insight(
        title=_("Complaints about this service in the last 90 days"),
        headers=(
            _("Reference"),
            _("Received"),
            _("Category"),
            _("Outcome"),
            _("Root cause"),
            _("Corrective action"),
        ),
        rows=rows,
    )


NOT_CITABLE = gettext_lazy("Cite the reference of an answered or closed complaint.")


def check_citation(reference):
    citable = Complaint.objects.filter(
        reference=reference, status__in=(Status.ANSWERED, Status.CLOSED)
    ).exclude(kind=Kind.CORRUPTION)
    if not citable.exists():
        raise ValidationError(NOT_CITABLE, code="not_citable")

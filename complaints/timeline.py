"""What the complainant sees: their complaint's status and timeline in their words,
from the public events only (internal notes, triage and assignments never show)."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from complaints.choices import PauseOn, Status
from complaints.models import EventKind

RECEIVED, IN_PROGRESS, WAITING, ANSWERED, CLOSED = (
    "received",
    "in-progress",
    "waiting-for-you",
    "answered",
    "closed",
)
STATUS_LABELS = {
    RECEIVED: _("Received"),
    IN_PROGRESS: _("In progress"),
    WAITING: _("Waiting for you"),
    ANSWERED: _("Answered"),
    CLOSED: pgettext_lazy("complaint status", "Closed"),
}
EVENT_LABELS = {
    EventKind.FILED: _("We received your complaint"),
    EventKind.ACKNOWLEDGED: _("An officer is handling your complaint"),
    EventKind.PAUSED: _("We asked you for more information"),
    EventKind.CITIZEN_ANSWERED: _("You answered"),
    EventKind.REPLIED: _("We replied"),
    EventKind.ANSWERED: _("We answered your complaint"),
    EventKind.CONFIRMED: _("You confirmed the outcome"),
    EventKind.AUTO_CLOSED: _("Closed automatically: the time to confirm or reopen has passed"),
    EventKind.REOPENED: _("You reopened your complaint"),
    EventKind.RATED: _("You rated our handling"),
    EventKind.REFERRED: _("We referred your complaint to another agency"),
    EventKind.MERGED: _("Your complaint is handled together with another about the same matter"),
}


def citizen_status(complaint):
    """One of RECEIVED … CLOSED."""
    if complaint.status == Status.NEW:
        return RECEIVED
    if complaint.status == Status.WAITING and complaint.paused_on == PauseOn.CITIZEN:
        return WAITING
    if complaint.status == Status.ANSWERED:
        return ANSWERED
    if complaint.status == Status.CLOSED:
        return CLOSED
    return IN_PROGRESS


def entries(complaint):
    """[{"kind", "label", "at", "text"}] of the public events, oldest first (one query)."""
    events = complaint.events.filter(public=True, kind__in=list(EVENT_LABELS))
    return [
        {
            "kind": event.kind,
            "label": EVENT_LABELS[event.kind],
            "at": event.at,
            "text": event.text,
        }
        for event in events.order_by("at", "pk")
    ]

"""What officers and complainants do to a complaint, as transitions of its status.

Each action is one transaction: the complaint's row is locked, the action is
refused with a message (``WorkflowError``) unless the complaint's status allows
it, an event is appended to the log, and the SLA times are computed again from
the log. Mail to the complainant goes out after the commit (``notify``).
"""

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from complaints import notify, sla
from complaints.choices import Outcome, PauseOn, Status
from complaints.models import Complaint, Event, EventKind
from offices.calendar import calendar_for

# How long after the office's answer the complainant may reopen the same complaint.
REOPEN_WINDOW = datetime.timedelta(days=15)

OPEN = (Status.NEW, Status.IN_PROGRESS, Status.WAITING)
# action -> (the statuses it may start from, the status it leads to; None keeps it)
TRANSITIONS = {
    "acknowledge": ((Status.NEW,), Status.IN_PROGRESS),
    "triage": (OPEN, None),
    "note": (tuple(Status), None),
    "reply": ((Status.NEW, Status.IN_PROGRESS), Status.IN_PROGRESS),
    "pause": ((Status.NEW, Status.IN_PROGRESS), Status.WAITING),
    "resume": ((Status.WAITING,), Status.IN_PROGRESS),
    "citizen_answer": ((Status.WAITING,), Status.IN_PROGRESS),
    "refer": ((Status.NEW, Status.IN_PROGRESS), Status.WAITING),
    "merge": (OPEN, Status.CLOSED),
    "answer": (OPEN, Status.ANSWERED),
    "confirm": ((Status.ANSWERED,), Status.CLOSED),
    "close_automatically": ((Status.ANSWERED,), Status.CLOSED),
    "reopen": ((Status.ANSWERED, Status.CLOSED), Status.IN_PROGRESS),
}


class WorkflowError(Exception):
    """An action the complaint's status (or the input) does not allow."""


_REFUSED = {
    "acknowledge": _("This complaint has been acknowledged already."),
    "reply": _("Only a received or in-progress complaint takes a reply."),
    "pause": _("Only a received or in-progress complaint can be paused."),
    "resume": _("This complaint is not paused."),
    "citizen_answer": _("No information has been asked for."),
    "answer": _("This complaint has been answered already."),
    "confirm": _("Only an answered complaint can be confirmed."),
    "reopen": _("Only an answered or closed complaint can be reopened."),
    "refer": _("Only a received or in-progress complaint can be referred."),
}


def _locked(complaint):
    return Complaint.objects.select_for_update().get(pk=complaint.pk)


def check(complaint, action):
    allowed, _target = TRANSITIONS[action]
    if complaint.status not in allowed:
        raise WorkflowError(
            _REFUSED.get(action, _("This complaint is closed: it takes no more changes."))
        )


def _event(complaint, kind, actor=None, public=False, text="", **data):
    return Event.objects.create(
        complaint=complaint,
        kind=kind,
        at=timezone.now(),
        actor=actor,
        public=public,
        text=text,
        data=data,
    )


def refresh_clock(complaint, now=None):
    """Compute ``complaint``'s SLA times from its log, and the working days it took
    to answer, and save them."""
    events = list(complaint.events.order_by("at", "pk"))
    targets = sla.targets_for(complaint.priority, complaint.source)
    calendar = calendar_for(complaint.office)
    times = sla.clock(complaint, events, calendar, targets, now=now)
    for name, value in vars(times).items():
        setattr(complaint, name, value)
    complaint.days_to_answer = (
        sla.working_days_taken(calendar, complaint, complaint.answered_at)
        if complaint.answered_at
        else None
    )
    complaint.save()


def reindex(complaint):
    """Update the complaint in the search index once the transaction commits."""
    transaction.on_commit(lambda: index.insert_or_update_object(complaint))


def _act(complaint, action, change):
    """Lock, check, run ``change(locked complaint)``, move the status, recompute the clock."""
    with transaction.atomic():
        locked = _locked(complaint)
        check(locked, action)
        result = change(locked)
        target = TRANSITIONS[action][1]
        if target is not None:
            locked.status = target
        refresh_clock(locked)
    return result if result is not None else locked


def _acknowledged(complaint, actor):
    """Anything an officer does for the complainant first acknowledges the complaint,
    which puts it in progress."""
    if complaint.acknowledged_at is None:
        complaint.acknowledged_at = timezone.now()
        _event(complaint, EventKind.ACKNOWLEDGED, actor, public=True)
    if complaint.status == Status.NEW:
        complaint.status = Status.IN_PROGRESS


def acknowledge(complaint, actor):
    return _act(complaint, "acknowledge", lambda locked: _acknowledged(locked, actor))


def triage(complaint, actor, category=None, priority=None, office=None, assignee=None, team=None):
    """Set what changed of category, priority, office, responsible officer and team."""

    def change(locked):
        _acknowledged(locked, actor)
        if category is not None and category != locked.category:
            locked.category = category
            _event(locked, EventKind.TRIAGED, actor, category=category.pk)
        if priority and priority != locked.priority:
            _event(locked, EventKind.PRIORITY, actor, old=locked.priority, new=priority)
            locked.priority = priority
        if assignee is not None and assignee != locked.assignee:
            locked.assignee = assignee
            _event(locked, EventKind.ASSIGNED, actor, to=assignee.pk)
        if team is not None and team != locked.team:
            locked.team = team
            _event(locked, EventKind.ASSIGNED, actor, team=team.pk)
        if office is not None and office.pk != locked.office_id:
            _event(locked, EventKind.TRANSFERRED, actor, old=locked.office_id, new=office.pk)
            locked.office = office
            reindex(locked)

    return _act(complaint, "triage", change)


def add_note(complaint, actor, text):
    _required(text, _("Write the note."))
    return _act(complaint, "note", lambda locked: _event(locked, EventKind.NOTE, actor, text=text))


def reply(complaint, actor, text):
    """A reply to the complainant that does not close the complaint."""
    _required(text, _("Write the reply."))

    def change(locked):
        _acknowledged(locked, actor)
        locked.replied_at = locked.replied_at or timezone.now()
        _event(locked, EventKind.REPLIED, actor, public=True, text=text)
        notify.replied(locked, text)

    return _act(complaint, "reply", change)


def pause(complaint, actor, on, reason, until):
    """Stop the clock while waiting on the complainant (``reason`` is the question
    they see) or on another agency (internal)."""
    _required(reason, _("Give the reason for pausing."))
    if until is None or until < timezone.localdate():
        raise WorkflowError(_("Give the date you expect an answer by (today or later)."))

    def change(locked):
        _acknowledged(locked, actor)
        public = on == PauseOn.CITIZEN
        _event(locked, EventKind.PAUSED, actor, public=public, text=reason, on=on,
               until=until.isoformat())  # fmt: skip
        locked.paused_on = on
        if public:
            notify.information_requested(locked, reason)

    return _act(complaint, "pause", change)


def resume(complaint, actor, reason):
    _required(reason, _("Give the reason for resuming."))

    def change(locked):
        _event(locked, EventKind.RESUMED, actor, text=reason)
        locked.paused_on = ""

    return _act(complaint, "resume", change)


def refer(complaint, actor, agency, their_reference, until):
    """Refer the complaint to another agency: the clock waits on it (where the
    policy allows) until an officer resumes."""
    _required(agency, _("Name the agency."))
    if until is None or until < timezone.localdate():
        raise WorkflowError(_("Give the date you expect an answer by (today or later)."))

    def change(locked):
        _acknowledged(locked, actor)
        text = f"{agency} ({their_reference})" if their_reference else agency
        _event(locked, EventKind.REFERRED, actor, public=True, text=text, on=PauseOn.AGENCY,
               agency=agency, their_reference=their_reference, until=until.isoformat())  # fmt: skip
        locked.paused_on = PauseOn.AGENCY

    return _act(complaint, "refer", change)


def merge(complaint, actor, into):
    """Close ``complaint`` as a duplicate handled with ``into``."""
    if into.pk == complaint.pk or into.merged_into_id is not None:
        raise WorkflowError(_("Choose another complaint that is not itself a duplicate."))

    def change(locked):
        _acknowledged(locked, actor)
        now = timezone.now()
        locked.merged_into = into
        locked.outcome = Outcome.DUPLICATE
        locked.paused_on = ""
        locked.answered_at = locked.closed_at = now
        _event(locked, EventKind.MERGED, actor, public=True, into=into.reference)
        _event(into, EventKind.NOTE, actor, text=locked.reference, merged=locked.reference)

    return _act(complaint, "merge", change)


def citizen_answer(complaint, text):
    """The complainant's answer to a request for information; returns the event
    (files attach to it)."""
    _required(text, _("Write your answer."))

    def change(locked):
        if locked.paused_on != PauseOn.CITIZEN:
            raise WorkflowError(_REFUSED["citizen_answer"])
        locked.paused_on = ""
        return _event(locked, EventKind.CITIZEN_ANSWERED, public=True, text=text)

    return _act(complaint, "citizen_answer", change)


def answer(complaint, actor, text, outcome, root_cause="", corrective_action=""):
    """The office's written answer, which closes its handling (the complainant may
    confirm it or reopen within ``REOPEN_WINDOW``)."""
    _required(text, _("Write the reply to the complainant before closing."))
    if outcome not in Outcome.values:
        raise WorkflowError(_("Choose the outcome."))

    def change(locked):
        _acknowledged(locked, actor)
        now = timezone.now()
        locked.replied_at = locked.replied_at or now
        locked.answered_at = now
        locked.paused_on = ""
        locked.outcome = outcome
        locked.root_cause = root_cause
        locked.corrective_action = corrective_action
        _event(locked, EventKind.ANSWERED, actor, public=True, text=text, outcome=outcome)
        reindex(locked)
        notify.answered(locked, text)

    return _act(complaint, "answer", change)


def confirm(complaint, rating=None, comment=""):
    """The complainant accepts the answer, rating the handling 1–5 if they wish."""
    if rating is not None and rating not in range(1, 6):
        raise WorkflowError(_("Choose a rating from 1 to 5."))

    def change(locked):
        locked.closed_at = timezone.now()
        _event(locked, EventKind.CONFIRMED, public=True)
        if rating is not None:
            locked.rating, locked.rating_comment = rating, comment
            _event(locked, EventKind.RATED, public=True, text=comment, rating=rating)
        notify.closed(locked)

    return _act(complaint, "confirm", change)


def close_automatically(complaint, days):
    """Close an answer the complainant neither confirmed nor reopened within
    ``days`` working days, and tell them."""

    def change(locked):
        locked.closed_at = timezone.now()
        _event(locked, EventKind.AUTO_CLOSED, public=True, days=days)
        notify.closed(locked, automatically=True)

    return _act(complaint, "close_automatically", change)


def may_reopen(complaint, now=None):
    """True while the complaint itself can be reopened (not a new one)."""
    answered = complaint.answered_at
    return answered is not None and (now or timezone.now()) - answered <= REOPEN_WINDOW


def reopen(complaint, text):
    """Reopen the complaint within ``REOPEN_WINDOW`` of the answer (after it,
    ``filing.reopen`` files a new complaint instead)."""
    _required(text, _("Say why the answer does not settle the matter."))

    def change(locked):
        if not may_reopen(locked):
            raise WorkflowError(_("The time to reopen this complaint has passed."))
        locked.answered_at = locked.closed_at = None
        locked.outcome = ""
        locked.reopened = True
        _event(locked, EventKind.REOPENED, public=True, text=text)

    return _act(complaint, "reopen", change)


def _required(text, message):
    if not (text or "").strip():
        raise WorkflowError(message)

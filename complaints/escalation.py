"""Escalation: office heads hear when a complaint has used 75% of its resolution
time and when it is past due, the region (executives) when a P1 complaint is past
due. Nobody is reassigned. Each notice is recorded once per complaint and kind by a
database constraint, so repeated or overlapping runs send it once; a notice whose
mail fails is forgotten, so the next run retries it. Paused and settled
complaints are not escalated. Corruption tips go to the designated officers only,
never to the office they are about.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from complaints.choices import Kind, Priority, Status
from complaints.models import Complaint, EscalationNotice, NoticeKind
from core.access import users_with_role
from core.mail import in_language_of, send_after_commit
from core.text import one_line

RUNNING = (Status.NEW, Status.IN_PROGRESS)


def _due(kind, now):
    """The running complaints due a notice of ``kind`` at ``now`` and not yet sent it."""
    sent = EscalationNotice.objects.filter(complaint=OuterRef("pk"), kind=kind)
    complaints = Complaint.objects.filter(status__in=RUNNING).exclude(Exists(sent))
    if kind == NoticeKind.WARNING:
        complaints = complaints.filter(warn_at__lte=now)
    else:
        complaints = complaints.filter(resolve_due_at__lte=now)
    if kind == NoticeKind.REGION:
        complaints = complaints.filter(priority=Priority.P1)
    return complaints.select_related("office").order_by("pk")


class Recipients:
    """Who hears about a complaint, read once per run."""

    def __init__(self):
        heads = users_with_role("head_office").filter(
            is_active=True, staff_profile__office__isnull=False
        )
        self.heads = [
            (user, user.staff_profile.office.path)
            for user in heads.select_related("staff_profile__office")
        ]
        self.region = list(users_with_role("read_all_offices").filter(is_active=True))
        self.tips = list(users_with_role("handle_corruption_tips").filter(is_active=True))

    def of(self, complaint, kind):
        if complaint.kind == Kind.CORRUPTION:
            return self.tips
        if kind == NoticeKind.REGION:
            return self.region
        if complaint.office is None:
            return self.region
        # The heads of the complaint's office and of the offices above it.
        return [user for user, path in self.heads if complaint.office.path.startswith(path)]


def _mail(complaint, kind, user):
    subjects = {
        NoticeKind.WARNING: _("Complaint %(reference)s has used 75%% of its time"),
        NoticeKind.BREACH: _("Complaint %(reference)s is past its due time"),
        NoticeKind.REGION: _("P1 complaint %(reference)s is past its due time"),
    }
    with in_language_of(user):
        url = settings.WAGTAILADMIN_BASE_URL + reverse(
            "complaints:officer_detail", args=[complaint.reference]
        )
        return EmailMessage(
            subject=one_line(subjects[kind] % {"reference": complaint.reference}),
            body=render_to_string(
                "complaints/email/escalation.txt",
                {"complaint": complaint, "kind": kind, "url": url},
            ),
            to=[user.email],
        )


def _notify(complaint, kind, recipients):
    """Record the notice and send its mail once; False if it was sent already."""
    try:
        with transaction.atomic():
            notice = EscalationNotice.objects.create(complaint=complaint, kind=kind)
            for user in recipients.of(complaint, kind):
                if user.email:
                    send_after_commit(
                        _mail(complaint, kind, user),
                        "complaints.escalation",
                        on_failure=lambda pk=notice.pk: EscalationNotice.objects.filter(
                            pk=pk
                        ).delete(),
                    )
    except IntegrityError:
        return False
    return True


def tick(now=None):
    """Send the notices due at ``now``; {kind: how many were sent}."""
    now = now or timezone.now()
    recipients = Recipients()
    sent = {}
    for kind in NoticeKind.values:
        sent[kind] = sum(_notify(c, kind, recipients) for c in list(_due(kind, now)))
    return sent

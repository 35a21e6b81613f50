"""Closing answers nobody confirmed: an answered complaint the complainant neither
confirms nor reopens closes automatically once its policy's working days
(``close_after_days``, 15 by default) have passed since the answer, on the office's
calendar. Idempotent: a closed complaint is never closed again, and a complaint
confirmed or reopened meanwhile is left alone (the workflow refuses it)."""

import datetime

from django.utils import timezone

from complaints import sla, workflow
from complaints.choices import Status
from complaints.models import Complaint
from offices.calendar import calendar_for


def closes_at(complaint, table, calendars):
    """When ``complaint``'s answer closes unless confirmed or reopened."""
    days = sla.targets_for(complaint.priority, complaint.source, table).close_after_days
    key = complaint.office_id
    if key not in calendars:
        calendars[key] = calendar_for(complaint.office)
    return calendars[key].add_working_days(complaint.answered_at, days), days


def close_unconfirmed(now=None):
    """Close every answer whose time to confirm has passed; the number closed."""
    now = now or timezone.now()
    table, calendars, closed = sla.policies(), {}, 0
    shortest = min(targets.close_after_days for targets in table.values())
    # N working days take at least N calendar days: no earlier answer can be due.
    candidates = Complaint.objects.filter(
        status=Status.ANSWERED, answered_at__lte=now - datetime.timedelta(days=shortest)
    ).select_related("office")
    for complaint in candidates.order_by("pk").iterator(chunk_size=500):
        due, days = closes_at(complaint, table, calendars)
        if due > now:
            continue
        try:
            workflow.close_automatically(complaint, days)
        except workflow.WorkflowError:
            continue  # confirmed, reopened or closed meanwhile
        closed += 1
    return closed

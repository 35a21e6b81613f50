"""The SLA clock, computed from a complaint's event log.

- Times run in working time (``core.working_time``) on the calendar of the
  complaint's office, closures included.
- **Acknowledgement** is due the same working day (policy 0: the closing of the
  day the complaint starts counting on) or after N working days; it never pauses.
- **First reply** and **resolution** are due N working days after receipt plus
  the working time the clock was paused. A pause counts while the office waits
  on the complainant, and on another agency only where the policy says so.
  Because the pauses are read from the log each time, a priority change applies
  the new policy's days and keeps the time already paused. A referral to another
  agency is a pause waiting on that agency.
- A **transfer** keeps the complainant's clock (receipt) and starts the new
  office's own: its resolution time counts from the transfer, less the pauses
  after it.
- The **warning** moment is 75% of the resolution time (office heads are told).
- While a complaint is paused, its due times are those computed at its last
  change (the pause counted until then); it is not escalated while paused, and
  resuming computes them again.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from complaints.choices import STRICT_SOURCES, PauseOn, Priority
from complaints.models import EventKind, SlaPolicy
from core.working_time import BANGKOK, CLOSES, WORKING_DAY

WARN_SHARE = 0.75
# Events after which the clock runs again (or stops for good).
RESUMING = (
    EventKind.RESUMED,
    EventKind.CITIZEN_ANSWERED,
    EventKind.ANSWERED,
    EventKind.MERGED,
)


@dataclass(frozen=True)
class Targets:
    acknowledge_days: int
    reply_days: int | None
    resolve_days: int
    pause_for_agency: bool = False
    close_after_days: int = 15  # an unconfirmed answer closes after these


# What applies where an administrator has added no policy (the region's own SLA).
DEFAULTS = {
    (Priority.P1, False): Targets(0, 1, 7),
    (Priority.P2, False): Targets(1, 3, 15),
    (Priority.P3, False): Targets(1, 5, 15),
    (Priority.P4, False): Targets(1, None, 30),
    (Priority.P1, True): Targets(0, 1, 5),
    (Priority.P2, True): Targets(0, 2, 10),
    (Priority.P3, True): Targets(1, 3, 10),
    (Priority.P4, True): Targets(1, 5, 15),
}


def policies():
    """Every (priority, strict) -> Targets, the administrator's rows over the defaults
    (one query)."""
    found = dict(DEFAULTS)
    for policy in SlaPolicy.objects.all():
        found[(policy.priority, policy.strict)] = Targets(
            policy.acknowledge_days,
            policy.reply_days,
            policy.resolve_days,
            policy.pause_for_agency,
            policy.close_after_days,
        )
    return found


def targets_for(priority, source, table=None):
    return (table or policies())[(priority, source in STRICT_SOURCES)]


@dataclass(frozen=True)
class Clock:
    acknowledge_due_at: datetime.datetime
    reply_due_at: datetime.datetime | None
    resolve_due_at: datetime.datetime
    warn_at: datetime.datetime
    office_due_at: datetime.datetime
    paused_time: datetime.timedelta


def pauses(events, targets, now):
    """[(start, end)] of the pauses that stop the clock, from ``events`` in order;
    an open pause ends ``now``."""
    found, start = [], None
    for event in events:
        if event.kind in (EventKind.PAUSED, EventKind.REFERRED) and start is None:
            counts = event.data.get("on") == PauseOn.CITIZEN or targets.pause_for_agency
            start = event.at if counts else None
        elif event.kind in RESUMING:
            if start is not None:
                found.append((start, event.at))
            start = None
    if start is not None:
        found.append((start, max(start, now)))
    return found


def _paused_after(calendar, intervals, moment):
    return sum(
        (
            calendar.working_time_between(max(start, moment), end)
            for start, end in intervals
            if end > moment
        ),
        datetime.timedelta(),
    )


def acknowledge_due(calendar, received_at, days):
    if days:
        return calendar.add_working_days(received_at, days)
    starts = calendar.next_working_moment(received_at)
    return datetime.datetime.combine(starts.date(), CLOSES, tzinfo=BANGKOK)


def clock(complaint, events, calendar, targets, now=None):
    """The SLA times of ``complaint`` from its ``events`` (in order)."""
    now = now or timezone.now()
    received = complaint.received_at
    intervals = pauses(events, targets, now)
    paused = _paused_after(calendar, intervals, received)
    resolve = targets.resolve_days * WORKING_DAY
    transferred = [event.at for event in events if event.kind == EventKind.TRANSFERRED]
    if transferred:
        office_start = transferred[-1]
        office_due = calendar.add_working_time(
            office_start, resolve + _paused_after(calendar, intervals, office_start)
        )
    else:
        office_due = calendar.add_working_time(received, resolve + paused)
    return Clock(
        acknowledge_due_at=acknowledge_due(calendar, received, targets.acknowledge_days),
        reply_due_at=(
            calendar.add_working_time(received, targets.reply_days * WORKING_DAY + paused)
            if targets.reply_days is not None
            else None
        ),
        resolve_due_at=calendar.add_working_time(received, resolve + paused),
        warn_at=calendar.add_working_time(received, resolve * WARN_SHARE + paused),
        office_due_at=office_due,
        paused_time=paused,
    )


def working_days_taken(calendar, complaint, until):
    """Working days from receipt to ``until``, less the time paused (for statistics)."""
    taken = calendar.working_time_between(complaint.received_at, until) - complaint.paused_time
    return max(taken, datetime.timedelta()) / WORKING_DAY

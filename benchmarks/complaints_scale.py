"""Complaints at scale: the officers' inbox, the public statistics page and one SLA tick.

Builds the demo site, then adds 100 000 complaints over the last 12 months
(bulk_create, spread over every office, category, channel and priority; 60%
answered) in a throwaway SQLite database, and measures server-side rendering with
Django's test Client (p50/p95 in ms and the query count of each page): the inbox
as an executive (every office) and as the demo office head, and the statistics
page (read from the stored monthly figures, which ``rebuild_complaint_statistics``
fills after the bulk load; its first visit after a new complaint is timed too).
Then it reopens every complaint (100 000 open, 1% past 75% of their time
and 0.5% past due) and times ``complaints_sla_tick``'s work twice: the first run
sends the notices, the second finds nothing to send.

Run from the repository root:
``PYTHONPATH=.:benchmarks python -P benchmarks/complaints_scale.py [--runs 30]``
"""

import argparse
import hashlib
import io
import random
import sys
import tempfile
import time
from datetime import timedelta

from _pages import measure, setup_django

COMPLAINTS = 100_000
CHUNK = 5000


def build():
    from django.utils import timezone

    from complaints.choices import Channel, Kind, Priority, Source, Status
    from complaints.models import Category, Complaint
    from offices.models import OfficePage

    rng = random.Random(7)
    now = timezone.now()
    offices = list(OfficePage.objects.live().filter(locale__language_code="th"))
    categories = list(Category.objects.all())
    kinds = [Kind.COMPLAINT, Kind.GRIEVANCE, Kind.SUGGESTION, Kind.COMPLIMENT]
    rows = []
    for n in range(1, COMPLAINTS + 1):
        received = now - timedelta(days=rng.uniform(0, 365))
        answered = received + timedelta(days=rng.uniform(1, 30)) if rng.random() < 0.6 else None
        rows.append(
            Complaint(
                reference=f"R7-2400-{n:06d}",
                year=2400,
                number=n,
                tracking_hash=hashlib.sha256(str(n).encode()).hexdigest(),
                kind=rng.choice(kinds),
                subject=f"เรื่องร้องเรียนทดสอบประสิทธิภาพ {n}",
                description="รายละเอียดเรื่องร้องเรียนสำหรับทดสอบ",
                channel=rng.choice(Channel.values),
                source=rng.choice(Source.values),
                office=rng.choice(offices),
                category=rng.choice(categories),
                priority=rng.choice(Priority.values),
                status=Status.CLOSED if answered else Status.IN_PROGRESS,
                received_at=received,
                acknowledged_at=received + timedelta(hours=2),
                acknowledge_due_at=received + timedelta(days=1),
                resolve_due_at=received + timedelta(days=21),
                warn_at=received + timedelta(days=15),
                office_due_at=received + timedelta(days=21),
                answered_at=answered,
                days_to_answer=(answered - received).days * 5 / 7 if answered else None,
                rating=rng.choice((None, 3, 4, 5)) if answered else None,
            )
        )
        if len(rows) == CHUNK:
            Complaint.objects.bulk_create(rows)
            rows = []
    Complaint.objects.bulk_create(rows)


def reopen_all():
    """Every complaint open, a few at 75% of their time or past due."""
    from django.db.models import F
    from django.utils import timezone

    from complaints.choices import Status
    from complaints.models import Complaint

    now = timezone.now()
    future = now + timedelta(days=30)
    Complaint.objects.update(
        status=Status.IN_PROGRESS, answered_at=None, warn_at=future, resolve_due_at=future
    )
    pks = list(Complaint.objects.order_by("pk").values_list("pk", flat=True))
    warned, due = pks[::100], pks[1::200]
    Complaint.objects.filter(pk__in=warned).update(warn_at=now - timedelta(hours=1))
    Complaint.objects.filter(pk__in=due).update(
        warn_at=now - timedelta(days=5), resolve_due_at=now - timedelta(hours=1)
    )
    return Complaint.objects.filter(warn_at__lte=F("resolve_due_at")).count()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        print("Setting up (demo site, 100 000 complaints)…", file=sys.stderr)
        setup_django(tmp)
        from django.contrib.auth import get_user_model
        from django.core.management import call_command
        from django.test import Client

        from complaints import escalation, factories
        from complaints.models import Complaint
        from offices.models import OfficePage

        build()
        started = time.perf_counter()
        call_command("rebuild_complaint_statistics", "--no-progress", stdout=io.StringIO())
        rebuild = time.perf_counter() - started
        users = get_user_model().objects
        executive, head = Client(), Client()
        executive.force_login(users.get(username="executive"))
        head.force_login(users.get(username="head"))
        office = OfficePage.objects.get(code="PLK", locale__language_code="th")
        pages = [
            ("inbox, executive, page 1", executive, "/th/complaints/inbox/"),
            ("inbox, executive, page 100", executive, "/th/complaints/inbox/?page=100"),
            ("inbox, executive, overdue", executive, "/th/complaints/inbox/?due=overdue"),
            ("inbox, office head, P1 by due", head, "/th/complaints/inbox/?priority=P1"),
            ("statistics, last 12 months", Client(), "/th/complaints/statistics/"),
            ("statistics, one office", Client(), f"/th/complaints/statistics/?office={office.pk}"),
        ]
        cold = []
        for label, client, url in pages:
            if "statistics" in label:
                factories.file(office=office)  # a change: the figures move, nothing cached
                started = time.perf_counter()
                client.get(url)
                cold.append((label, (time.perf_counter() - started) * 1000))
        rows = [(label, *measure(client, url, args.runs)) for label, client, url in pages]
        print(f"{Complaint.objects.count()} complaints, {args.runs} runs each")
        print(f"{'page':34} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}")
        for label, p50, p95, queries in rows:
            print(f"{label:34} {p50:8.1f} {p95:8.1f} {queries:8d}")
        for label, took in cold:
            print(f"{label}, first visit after a new complaint: {took:.0f} ms")
        print(f"rebuild_complaint_statistics over {COMPLAINTS} complaints: {rebuild:.1f} s")
        reopen_all()
        for run in ("first", "second"):
            started = time.perf_counter()
            sent = escalation.tick()
            took = time.perf_counter() - started
            print(f"SLA tick ({run} run) over {Complaint.objects.count()} open complaints: "
                  f"{took:.2f} s, sent {sent}")  # fmt: skip


if __name__ == "__main__":
    main()

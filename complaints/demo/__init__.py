"""Demo complaints: categories, SLA policies, reply templates and about 300
complaints received over the last 12 months across offices, categories, channels
and priorities, handled through the real workflow with the clock set back to when
each step happened (some breached, paused, referred, reopened; one corruption tip)."""

import datetime
import random
from contextlib import contextmanager
from unittest import mock

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from complaints import filing, sla, workflow
from complaints.choices import Channel, Kind, Outcome, PauseOn, Priority, Source
from complaints.demo.content import CATEGORIES, CAUSES, REPLY_TEMPLATES, SUBJECTS
from complaints.models import Category, Complaint, ReplyTemplate, SlaPolicy
from offices.models import OfficePage

COUNT = 300
DAY = datetime.timedelta(days=1)


@contextmanager
def _clock(moment):
    """Run the workflow as if it were ``moment`` (each demo step at its own time)."""
    with mock.patch.object(timezone, "now", return_value=moment):
        yield


def _reference_data():
    for (priority, strict), targets in sla.DEFAULTS.items():
        SlaPolicy.objects.get_or_create(
            priority=priority,
            strict=strict,
            defaults={
                "acknowledge_days": targets.acknowledge_days,
                "reply_days": targets.reply_days,
                "resolve_days": targets.resolve_days,
                "pause_for_agency": strict,
            },
        )
    for title, body_th, body_en in REPLY_TEMPLATES:
        ReplyTemplate.objects.get_or_create(
            title=title, defaults={"body_th": body_th, "body_en": body_en}
        )
    categories = []
    for order, (name_th, name_en, group) in enumerate(CATEGORIES):
        category, _ = Category.objects.get_or_create(
            name_th=name_th,
            defaults={"name_en": name_en, "service_group": group, "sort_order": order},
        )
        categories.append(category)
    return categories


def _handle(rng, complaint, officer, categories, now):
    """Take one complaint through its demo life, each step at its own moment."""
    moment = complaint.received_at + datetime.timedelta(hours=rng.uniform(1, 30))
    if moment >= now or (now - complaint.received_at < 3 * DAY and rng.random() < 0.5):
        return  # not yet acknowledged
    priority = rng.choices(Priority.values, weights=(1, 3, 5, 2))[0]
    with _clock(moment):
        workflow.triage(complaint, officer, category=rng.choice(categories), priority=priority,
                        assignee=officer)  # fmt: skip
    roll = rng.random()
    recent = now - complaint.received_at < 12 * DAY
    if roll < 0.12 or (recent and roll < 0.4):
        moment += DAY * rng.uniform(0.5, 3)
        if moment >= now:
            return
        with _clock(moment):
            workflow.pause(complaint, officer, PauseOn.CITIZEN,
                           "ขอสำเนาหนังสือรับรองการหักภาษี ณ ที่จ่าย",
                           (moment + 7 * DAY).date())  # fmt: skip
        if recent:
            return  # still waiting for the complainant
        moment += DAY * rng.uniform(1, 6)
        if moment >= now:
            return
        with _clock(moment):
            workflow.citizen_answer(complaint, "ส่งสำเนาเอกสารเพิ่มเติมแล้ว")
    elif roll < 0.17:
        moment += DAY * rng.uniform(0.5, 3)
        if moment >= now:
            return
        with _clock(moment):
            workflow.refer(complaint, officer, "กรมบัญชีกลาง", f"กค 0409/{rng.randint(100, 999)}",
                           (moment + 10 * DAY).date())  # fmt: skip
        moment += DAY * rng.uniform(2, 12)
        if moment >= now:
            return
        with _clock(moment):
            workflow.resume(complaint, officer, "ได้รับคำตอบจากหน่วยงานแล้ว")
    # Most are answered in time; some late; recent ones stay open.
    late = rng.random() < 0.12
    moment += DAY * (rng.uniform(15, 40) if late else rng.uniform(0.5, 12))
    if moment >= now:
        return
    cause, action = rng.choice(CAUSES)
    with _clock(moment):
        workflow.answer(complaint, officer, "สำนักงานได้ดำเนินการแก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ",
                        rng.choice((Outcome.UPHELD, Outcome.PARTLY, Outcome.NOT_UPHELD)),
                        cause, action)  # fmt: skip
    moment += DAY * rng.uniform(0.5, 5)
    if moment >= now:
        return
    with _clock(moment):
        if rng.random() < 0.06:
            workflow.reopen(complaint, "ปัญหายังไม่ได้รับการแก้ไขทั้งหมด")
        elif rng.random() < 0.7:
            workflow.confirm(complaint, rng.choices((5, 4, 3, 2, 1), weights=(5, 4, 2, 1, 1))[0])


def load(stdout):
    """Create what is missing (running it again changes nothing)."""
    if Complaint.objects.exists():
        return
    offices = list(OfficePage.objects.live().filter(locale__language_code="th").order_by("path"))
    if not offices:
        return
    officer = get_user_model().objects.filter(username="officer").first()
    rng = random.Random(2569)  # noqa: S311 - demo data, not secrets
    now = timezone.now()
    kinds = (Kind.COMPLAINT, Kind.GRIEVANCE, Kind.SUGGESTION, Kind.COMPLIMENT)
    channels = Channel.values
    with transaction.atomic():
        categories = _reference_data()
        received = sorted(now - DAY * rng.uniform(0.2, 365) for _ in range(COUNT))
        for n, moment in enumerate(received):
            kind = Kind.CORRUPTION if n == COUNT // 2 else rng.choices(kinds, (6, 2, 2, 1))[0]
            subject, description = rng.choice(SUBJECTS[kind])
            channel = rng.choices(channels, weights=(10, 5, 2, 3, 2, 3, 1))[0]
            anonymous = kind == Kind.CORRUPTION or rng.random() < 0.1
            data = {
                "kind": kind,
                "subject": subject,
                "description": description,
                "office": rng.choice(offices),
                "source": rng.choices(Source.values, weights=(20, 2, 1, 1))[0],
                "anonymous": anonymous,
                "contact_name": "ผู้ร้องตัวอย่าง",
                "contact_phone": f"08 1{rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                "external_reference": f"กค 0702/{n}" if channel == Channel.LETTER else "",
            }
            with _clock(moment):
                complaint = filing.file_complaint(
                    data, channel, recorded_by=officer if channel != Channel.WEB else None,
                    received_at=moment,
                ).complaint  # fmt: skip
            _handle(rng, complaint, officer, categories, now)
    stdout.write(f"Demo complaints: {Complaint.objects.count()}\n")

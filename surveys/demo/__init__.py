"""Demo satisfaction surveys: the four question sets, a baseline and an "after
SMILE" campaign of the standard survey (better after in most offices, worse in
one), the kiosk, needs and complaint-handling surveys, about 5,000 responses
over the last 12 months, monthly visitor counts and one registered kiosk."""

import datetime
import random

from django.db import transaction
from django.utils import timezone

from offices.choices import OfficeType
from offices.models import OfficePage
from surveys.bulk import record
from surveys.choices import Channel, Phase
from surveys.demo import question_sets as content
from surveys.links import kiosk_url
from surveys.models import Kiosk, QuestionSet, Service, Survey, VisitorCount

SEED = 7
WORSE_OFFICE = "PLK-02"  # the one office whose "after" period is worse
KIOSK_OFFICE = "PLK"


def months_back(today, count):
    """The first days of the ``count`` months ending with ``today``'s, oldest first."""
    first = today.replace(day=1)
    months = []
    for _ in range(count):
        months.append(first)
        first = (first - datetime.timedelta(days=1)).replace(day=1)
    return months[::-1]


def load(stdout):
    """Create what is missing (running it again changes nothing)."""
    if QuestionSet.objects.filter(name_th=content.STANDARD["name_th"]).exists():
        return
    offices = list(OfficePage.objects.filter(locale__language_code="th").order_by("path"))
    if not offices:
        return
    today = timezone.localdate()
    months = months_back(today, 12)
    rng = random.Random(SEED)  # noqa: S311 (demo data, reproducible)
    with transaction.atomic():
        services = [
            Service.objects.create(code=code, name_th=th, name_en=en)
            for code, th, en in content.SERVICES
        ]
        sets = {
            name: QuestionSet.objects.create(**spec)
            for name, spec in (
                ("standard", content.STANDARD),
                ("kiosk", content.KIOSK),
                ("needs", content.NEEDS),
                ("complaints", content.COMPLAINTS),
            )
        }
        later = today.replace(year=today.year + 1)
        middle = months[6]
        baseline = _survey(
            "baseline-2569",
            "สำรวจความพึงพอใจ ก่อนปรับมาตรฐาน SMILE",
            "Satisfaction before SMILE",
            "baseline 2569",
            Phase.BASELINE,
            sets["standard"],
            offices,
            months[0],
            middle - datetime.timedelta(days=1),
            services=services,
        )
        after = _survey(
            "after-smile",
            "สำรวจความพึงพอใจ หลังปรับมาตรฐาน SMILE",
            "Satisfaction after SMILE",
            "after SMILE",
            Phase.AFTER,
            sets["standard"],
            offices,
            middle,
            later,
            services=services,
            by_link=False,
        )
        counters = [office for office in offices if office.office_type != OfficeType.BRANCH]
        kiosk = _survey(
            "counter-kiosk",
            "ความพึงพอใจที่จุดบริการ",
            "Satisfaction at the counter",
            "continuous 2569",
            Phase.CONTINUOUS,
            sets["kiosk"],
            counters,
            months[0],
            later,
            by_kiosk=True,
            by_qr=False,
        )
        needs = _survey(
            "needs-2569",
            "ความต้องการและความคาดหวังของผู้รับบริการ 2569",
            "Needs and expectations 2569",
            "needs study 2569",
            Phase.CONTINUOUS,
            sets["needs"],
            offices,
            months[9],
            later,
        )
        complaints = _survey(
            "complaint-handling",
            "ความพึงพอใจต่อการจัดการเรื่องร้องเรียน",
            "Complaint handling satisfaction",
            "continuous 2569",
            Phase.CONTINUOUS,
            sets["complaints"],
            offices,
            months[0],
            later,
            by_qr=False,
            by_link=True,
        )
        level = {office.pk: rng.uniform(3.3, 4.1) for office in offices}
        saved = record(baseline, _standard(rng, offices, months[:6], level, services, 0))
        saved += record(after, _standard(rng, offices, months[6:], level, services, 1))
        saved += record(kiosk, _kiosk(rng, counters, months, level))
        saved += record(needs, _needs(rng, offices, months[9:]))
        saved += record(complaints, _complaints(rng, offices, months, level))
        VisitorCount.objects.bulk_create(
            VisitorCount(office=office, month=month, visitors=rng.randint(600, 1600))
            for office in counters
            for month in months
        )
        registered = Kiosk(
            name="เคาน์เตอร์ 1",
            office=next(o for o in counters if o.code == KIOSK_OFFICE),
            survey=kiosk,
        )
        token = registered.new_token()
        registered.save()
    stdout.write(f"Surveys: {saved} demo responses; demo kiosk at {kiosk_url(token)}\n")


def _survey(
    slug,
    title_th,
    title_en,
    label,
    phase,
    question_set,
    offices,
    opens,
    closes,
    services=(),
    **channels,
):
    survey = Survey.objects.create(
        slug=slug, title_th=title_th, title_en=title_en, label=label, phase=phase,
        question_set=question_set, opens_on=opens, closes_on=closes, **channels,
    )  # fmt: skip
    survey.offices.set(offices)
    survey.services.set(services)
    return survey


def _score(rng, mean):
    return max(1, min(5, round(rng.gauss(mean, 0.85))))


def _weight(office):
    return {OfficeType.AREA: 3, OfficeType.REGIONAL: 1}.get(office.office_type, 1)


def _days(rng, month, count):
    for _ in range(count):
        yield month.replace(day=rng.randint(1, 28))


def _standard(rng, offices, months, level, services, period):
    """About 1,800 responses a period: better after, except at ``WORSE_OFFICE``."""
    questions = content.STANDARD["questions"]
    for office in offices:
        change = 0 if period == 0 else (-0.45 if office.code == WORSE_OFFICE else 0.35)
        mean = level[office.pk] + change
        for month in months:
            for day in _days(rng, month, 12 * _weight(office) // 2 + rng.randint(0, 2)):
                answers = []
                for spec in questions:
                    key = spec["value"]["key"]
                    if spec["type"] == "text":
                        if rng.random() < 0.12:
                            answers.append(
                                {"question": key, "text": rng.choice(content.SUGGESTIONS)}
                            )
                    elif key == "facilities_parking" and rng.random() < 0.1:
                        answers.append({"question": key, "not_applicable": True})
                    else:
                        shift = (
                            -0.5
                            if key.startswith("facilities")
                            else 0.15
                            if key.startswith("staff")
                            else 0
                        )
                        answers.append({"question": key, "number": _score(rng, mean + shift)})
                yield office, rng.choice(services), Channel.QR, day, answers


def _kiosk(rng, offices, months, level):
    reasons = [choice["value"] for choice in content.REASONS]
    for office in offices:
        for month in months:
            for day in _days(rng, month, 9):
                face = max(1, min(4, round(rng.gauss(level[office.pk] - 0.8, 0.8))))
                answers = [{"question": "face", "number": face}]
                if face <= 2 or rng.random() < 0.3:
                    answers.append(
                        {"question": "reasons", "choices": rng.sample(reasons, rng.randint(1, 2))}
                    )
                yield office, None, Channel.KIOSK, day, answers


def _needs(rng, offices, months):
    channels = ["counter", "efiling", "phone", "line"]
    wanted = ["certificates", "refund", "registration", "appointments"]
    for office in offices[::3]:
        for month in months:
            for day in _days(rng, month, 8):
                yield office, None, Channel.QR, day, [
                    {"question": "channels", "choices": rng.sample(channels, rng.randint(1, 3))},
                    {"question": "online_wanted", "choices": rng.sample(wanted, rng.randint(1, 2))},
                    {"question": "acceptable_wait", "choices": [rng.choice(["m10", "m20", "m20", "m30", "m60"])]},
                    {"question": "ip_speed", "importance": _score(rng, 4.6), "number": _score(rng, 3.4)},
                    {"question": "ip_courtesy", "importance": _score(rng, 4.1), "number": _score(rng, 4.3)},
                    {"question": "ip_clarity", "importance": _score(rng, 4.4), "number": _score(rng, 3.9)},
                    {"question": "ip_parking", "importance": _score(rng, 3.0), "number": _score(rng, 2.8)},
                    {"question": "recommend", "number": max(0, min(10, round(rng.gauss(7.5, 2))))},
                ]  # fmt: skip


def _complaints(rng, offices, months, level):
    for office in offices[::2]:
        for month in months[::2]:
            for day in _days(rng, month, 1 + rng.randint(0, 1)):
                resolved = rng.random() < 0.75
                mean = level[office.pk] - (0.2 if resolved else 1.2)
                answers = [{"question": "resolved", "number": int(resolved)}]
                answers += [
                    {"question": key, "number": _score(rng, mean)}
                    for key in ("complaint_speed", "complaint_staff", "complaint_result", "overall")
                ]
                yield office, None, Channel.LINK, day, answers

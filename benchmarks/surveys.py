"""Satisfaction surveys: a kiosk press round trip, and the report pages over a
large number of responses, on a throwaway SQLite database migrated for real.

The reports read only the monthly histograms (``surveys.MonthlyAggregate``) and
the latest suggestions, so the benchmark writes what a real installation would
hold for those: every response row, the text answers, and the histograms
counted from every generated answer (``surveys.submission.counted``, as
``submit`` counts them). The rated answers themselves are not written as rows:
no report reads them (only the CSV export does).

Prints p50/p95 in milliseconds and the queries per page; the target is a p95
under 200 ms with the same number of queries whatever the volume.
Run from the repository root: ``python benchmarks/surveys.py [--responses 1000000]``
"""

import argparse
import datetime
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._pages import migrated_database, timed

OFFICES = 35
SERVICES = 5


def build(responses, rng):
    """Offices, services, the standard question set, a baseline and an after
    survey, and ``responses`` responses split between them over 12 months."""
    from django.contrib.auth.models import Group
    from django.db import connection
    from wagtail.models import Page

    from offices.models import OfficeIndexPage, OfficePage
    from portal.models import HomePage
    from surveys.demo import question_sets as content
    from surveys.models import MonthlyAggregate, OfficeMonthAggregate, QuestionSet, Service, Survey
    from surveys.models.aggregates import RESPONSES
    from surveys.submission import counted

    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="หน้าแรก", slug="bench-home"))
    directory = home.add_child(instance=OfficeIndexPage(title="สำนักงาน", slug="offices"))
    offices = [
        directory.add_child(
            instance=OfficePage(
                title=f"สำนักงาน {n}", slug=f"o{n}", code=f"B{n:02d}", office_type="area",
                address="ศาลากลางจังหวัด", phone=f"0 5524 {n:04d}",
            )
        )
        for n in range(OFFICES)
    ]  # fmt: skip
    services = [
        Service.objects.create(code=f"s{n}", name_th=f"บริการ {n}", name_en=f"Service {n}")
        for n in range(SERVICES)
    ]
    question_set = QuestionSet.objects.create(**content.STANDARD)
    questions = question_set.question_list
    months = [datetime.date(2025 + (m + 9) // 12, (m + 9) % 12 + 1, 1) for m in range(12)]
    surveys = [
        Survey.objects.create(
            slug=slug, title_th=slug, title_en=slug, label=slug, question_set=question_set,
            opens_on=months[0], closes_on=months[-1] + datetime.timedelta(days=400),
        )
        for slug in ("before", "after")
    ]  # fmt: skip
    for survey in surveys:
        survey.offices.set(offices)
    counts = {}
    response_rows, text_rows = [], []
    for pk in range(1, responses + 1):
        period = 0 if pk <= responses // 2 else 1
        month = months[rng.randrange(6) + 6 * period]
        office = offices[rng.randrange(OFFICES)]
        service = services[rng.randrange(SERVICES)]
        channel = "qr" if rng.random() < 0.8 else "link"
        day = month.replace(day=rng.randint(1, 28))
        response_rows.append(
            (pk, surveys[period].pk, office.pk, service.pk, channel, day.isoformat())
        )
        key = (surveys[period].pk, office.pk, service.pk, channel, month)
        counts[(*key, RESPONSES, 0)] = counts.get((*key, RESPONSES, 0), 0) + 1
        mean = 3.6 + 0.3 * period
        for question in questions:
            if question.kind == "text":
                if rng.random() < 0.05:
                    text_rows.append((pk, question.key, rng.choice(content.SUGGESTIONS)))
                continue
            answer = {
                "question": question.key,
                "number": max(1, min(5, round(rng.gauss(mean, 0.9)))),
            }
            for pair in counted(question, answer):
                counts[(*key, *pair)] = counts.get((*key, *pair), 0) + 1
    with connection.cursor() as cursor:
        cursor.executemany(
            "INSERT INTO surveys_response (id, survey_id, office_id, service_id, channel, submitted_on)"
            " VALUES (%s, %s, %s, %s, %s, %s)",
            response_rows,
        )
        cursor.executemany(
            "INSERT INTO surveys_answer (response_id, question, text, not_applicable, choices)"
            " VALUES (%s, %s, %s, 0, '[]')",
            text_rows,
        )
    MonthlyAggregate.objects.bulk_create(
        (
            MonthlyAggregate(
                survey_id=survey, office_id=office, service_id=service, channel=channel,
                month=month, question=question, value=value, count=count,
            )
            for (survey, office, service, channel, month, question, value), count in counts.items()
        ),
        batch_size=5000,
    )  # fmt: skip
    rollup = {}
    for (survey, office, _service, _channel, month, question, value), count in counts.items():
        key = (survey, office, month, question, value)
        rollup[key] = rollup.get(key, 0) + count
    OfficeMonthAggregate.objects.bulk_create(
        (
            OfficeMonthAggregate(
                survey_id=survey,
                office_id=office,
                month=month,
                question=question,
                value=value,
                count=count,
            )
            for (survey, office, month, question, value), count in rollup.items()
        ),
        batch_size=5000,
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    Group.objects.get_or_create(name="Executives")
    return surveys, offices, len(counts)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--responses", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()
    rng = random.Random(2569)
    with tempfile.TemporaryDirectory() as tmp:
        migrated_database(tmp)

        from django.db import connection
        from django.test import Client

        from portal.factories import user_with_role
        from portal.roles import ensure_roles
        from surveys.demo import question_sets as content
        from surveys.models import Kiosk, QuestionSet, Survey

        ensure_roles()
        started = time.perf_counter()
        (before, after), offices, rows = build(args.responses, rng)
        print(
            f"{args.responses:,} responses, {rows:,} histogram rows, built in {time.perf_counter() - started:.0f} s"
        )

        # The kiosk: one press per kiosk, so the two-second debounce saves each one.
        kiosk_set = QuestionSet.objects.create(**content.KIOSK)
        kiosk_survey = Survey.objects.create(
            slug="kiosk", title_th="k", title_en="k", label="k", question_set=kiosk_set, by_kiosk=True,
            opens_on=datetime.date(2020, 1, 1), closes_on=datetime.date(2099, 1, 1),
        )  # fmt: skip
        tokens = []
        for n in range(args.runs * 5 + 1):
            kiosk = Kiosk(name=f"k{n}", office=offices[n % OFFICES], survey=kiosk_survey)
            tokens.append(kiosk.new_token())
            kiosk.save()
        client = Client()
        presses = iter(tokens)

        def press():
            response = client.post(
                f"/th/surveys/kiosk/{next(presses)}/answer/",
                {"face": "3", "reason": ["waited", "staff"]},
                HTTP_ACCEPT="application/json",
            )
            assert response.json() == {"status": "saved"}, response.content

        press()  # warm up
        rows = [("kiosk press (POST, saved)", *timed(press, args.runs * 5), "")]

        executive = Client()
        executive.force_login(user_with_role("executive"))
        pages = [
            ("survey report, every office", f"/th/surveys/reports/{after.pk}/"),
            (
                "survey report, one office",
                f"/th/surveys/reports/{after.pk}/?office={offices[3].pk}",
            ),
            (
                "survey report, one service and month",
                f"/th/surveys/reports/{after.pk}/?service=1&start=2026-06&end=2026-06",
            ),
            (
                "before and after",
                f"/th/surveys/reports/compare/?before={before.pk}&after={after.pk}",
            ),
            ("region at a glance", f"/th/surveys/reports/region/?survey={after.pk}"),
        ]
        for label, url in pages:
            assert executive.get(url).status_code == 200, url  # warm up
            queries = []

            def count(run, sql, *rest, queries=queries):
                queries.append(sql)
                return run(sql, *rest)

            with connection.execute_wrapper(count):
                executive.get(url)
            rows.append(
                (label, *timed(lambda url=url: executive.get(url), args.runs), len(queries))
            )
    print(f"{'':40} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}")
    for label, p50, p95, queries in rows:
        print(f"{label:40} {p50:8.1f} {p95:8.1f} {queries!s:>8}")


if __name__ == "__main__":
    main()

"""Server-side rendering time and query counts of the contest pages at scale.

Builds the demo site plus a contest with 500 entries in 4 categories and 15
judges (balanced: 3 judges per entry, about two thirds of the sheets submitted)
in a throwaway SQLite database, then renders with Django's test Client:

* a judge's dashboard and one scoring page,
* the manager's progress page,
* a category's results as a manager preview (ranking and z-scores computed live)
  and, after publishing with normalisation, as the public page (from the snapshot).

Prints p50/p95 in milliseconds and the query count of each page.
Run from the repository root: ``python benchmarks/contests_judging.py [--runs 30]``
"""

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _pages import measure, setup_django

ENTRIES = 500
JUDGES = 15
PER_ENTRY = 3
SUBMITTED_SHARE = 0.66


def build():
    """The contest, its entrants, judges, assignments and sheets; returns the objects timed."""
    from datetime import timedelta
    from decimal import Decimal

    from django.contrib.auth.models import Group
    from django.utils import timezone

    from contests import scoring
    from contests.assignment import assign
    from contests.models import Category, Contest, Criterion, CriterionScore, Entry, ScoreSheet
    from contests.rounds import start_round
    from portal.factories import UserFactory

    rng = random.Random(1)
    now = timezone.now()
    contest = Contest.objects.create(
        title="ประกวดผลงาน (benchmark)", submission_opens=now - timedelta(days=30),
        submission_closes=now - timedelta(days=2), judging_opens=now - timedelta(days=1),
        judging_closes=now + timedelta(days=30),
    )  # fmt: skip
    judges = [
        UserFactory(username=f"bench-judge{n}", groups=["Judges", "Staff"]) for n in range(JUDGES)
    ]
    staff = Group.objects.get(name="Staff")
    authors = [UserFactory(username=f"bench-author{n}") for n in range(ENTRIES // 2)]
    for author in authors:
        author.groups.add(staff)
    manager = UserFactory(username="bench-manager", groups=["Contest managers", "Staff"])
    categories = []
    for n, prefix in enumerate(["BA", "BB", "BC", "BD"]):
        category = Category.objects.create(
            contest=contest, name=f"หมวด {prefix}", code_prefix=prefix, sort_order=n
        )
        Criterion.objects.bulk_create(
            Criterion(category=category, name=f"เกณฑ์ {i}", weight=w, scale_max=10, sort_order=i)
            for i, w in enumerate((40, 30, 30))
        )
        category.judges.set(judges)
        category.save()
        categories.append(category)
    Entry.objects.bulk_create(
        Entry(category=categories[n % 4], author=authors[n % len(authors)], code=f"{categories[n % 4].code_prefix}-{n:04d}",
              title=f"ผลงานที่ {n}", text="ยิ้มรับทุกคำถาม ใส่ใจทุกผู้เสียภาษี " * 3)
        for n in range(ENTRIES)
    )  # fmt: skip
    rounds = []
    for category in categories:
        round_ = start_round(category, manager)
        assign(round_, manager, per_entry=PER_ENTRY)
        rounds.append(round_)
    criteria = {c.pk: list(c.criteria.all()) for c in categories}
    sheets, scores = [], []
    for round_ in rounds:
        for assignment in round_.assignments.all():
            if rng.random() > SUBMITTED_SHARE:
                continue
            values = {c: rng.randint(3, 10) for c in criteria[round_.category_id]}
            total = scoring.weighted_total({c.pk: v for c, v in values.items()},
                                           [(c.pk, c.weight, c.scale_max) for c in values])  # fmt: skip
            sheets.append(ScoreSheet(round=round_, entry_id=assignment.entry_id, judge_id=assignment.judge_id,
                                     total=Decimal(total).quantize(Decimal("0.001")), submitted_at=now))  # fmt: skip
            scores.append(values)
    ScoreSheet.objects.bulk_create(sheets)
    CriterionScore.objects.bulk_create(
        CriterionScore(sheet=sheet, criterion=c, value=v)
        for sheet, values in zip(sheets, scores, strict=True)
        for c, v in values.items()
    )
    return contest, categories[0], rounds[0], judges[0], manager


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        print("Setting up (demo site, 500 entries, 15 judges)…", file=sys.stderr)
        setup_django(tmp)
        from django.test import Client
        from django.urls import reverse

        from contests.models import Assignment
        from contests.rounds import close_round, publish

        contest, category, round_, judge, manager = build()
        client = Client()
        client.force_login(judge)
        assignment = (
            Assignment.objects.filter(judge=judge, round=round_).select_related("entry").first()
        )
        pages = [
            ("judge dashboard", judge, reverse("contests:judging")),
            ("scoring page", judge, reverse("contests:score", args=[round_.pk, assignment.entry.code])),
            ("manager progress", manager, reverse("contests:progress", args=[contest.pk])),
            ("results preview (live z-scores)", manager,
             reverse("contests:results_category", args=[contest.pk, category.pk])),
        ]  # fmt: skip
        rows = []
        for label, user, url in pages:
            client.force_login(user)
            rows.append((label, *measure(client, url, args.runs)))
        for other in contest.categories.all():
            close_round(other.rounds.get(), manager)
        started = time.perf_counter()
        publish(contest, manager, normalise=True, trim=True, public=True)
        publish_ms = (time.perf_counter() - started) * 1000
        client.logout()
        url = reverse("contests:results_category", args=[contest.pk, category.pk])
        rows.append(("published results (public)", *measure(client, url, args.runs)))
        print(f"{ENTRIES} entries, {JUDGES} judges, {PER_ENTRY} per entry, {args.runs} runs each")
        print(f"{'page':36} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}")
        for label, p50, p95, queries in rows:
            print(f"{label:36} {p50:8.1f} {p95:8.1f} {queries:8d}")
        print(f"publish (4 categories, z-score + trimmed mean): {publish_ms:.0f} ms")


if __name__ == "__main__":
    main()

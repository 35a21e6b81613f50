"""Fixtures: a contest in its judging window with judges, entrants and assigned entries."""

from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model

from contests.assignment import assign
from contests.factories import CategoryFactory, ContestFactory, EntryFactory
from contests.models import Category, Contest, Entry, Round
from contests.rounds import start_round
from portal.factories import UserFactory, user_with_role
from portal.models import StaffProfile


@dataclass
class Judging:
    contest: object
    category: object
    round: object
    entries: list
    judges: list
    authors: list


def make_judges(count, prefix="panel"):
    return [
        UserFactory(username=f"{prefix}{n}", first_name="กรรมการ", last_name=f"ที่ {n}",
                    groups=["Judges", "Staff"])
        for n in range(count)
    ]  # fmt: skip


def make_judging(entries=4, judges=3, per_entry=None, **category):
    """A category in round 1 with ``entries`` entries by distinct authors, assigned."""
    contest = ContestFactory(judging=True)
    kind = CategoryFactory(contest=contest, **category)
    panel = make_judges(judges, prefix=f"panel{contest.pk}-")
    kind.judges.set(panel)
    kind.save()
    authors = []
    for n in range(entries):
        author = UserFactory(
            username=f"author{contest.pk}-{n}", first_name="วิไลวรรณ", last_name=f"ศรีประเสริฐ{n}",
            groups=["Staff"],
        )  # fmt: skip
        StaffProfile.objects.create(user=author, office_note="สำนักงานลับเฉพาะ", unit=f"หน่วยลับ{n}")
        authors.append(author)
    made = [EntryFactory(category=kind, author=author) for author in authors]
    manager = user_with_role("manager")
    round_ = start_round(kind, manager)
    assign(round_, manager, per_entry=per_entry)
    return Judging(contest, kind, round_, made, panel, authors)


def fresh(setup):
    """``setup`` read again from the database: new objects for each test, so what one
    test does to them in memory never reaches the next (its database changes are
    rolled back anyway). For judgings built once per module."""
    users = get_user_model().objects.in_bulk([user.pk for user in setup.judges + setup.authors])
    entries = Entry.objects.in_bulk([entry.pk for entry in setup.entries])
    return Judging(
        contest=Contest.objects.get(pk=setup.contest.pk),
        category=Category.objects.get(pk=setup.category.pk),
        round=Round.objects.get(pk=setup.round.pk),
        entries=[entries[entry.pk] for entry in setup.entries],
        judges=[users[judge.pk] for judge in setup.judges],
        authors=[users[author.pk] for author in setup.authors],
    )


@pytest.fixture(scope="module")
def module_judging(module_db):
    """:func:`make_judging` with its defaults, built once for the module."""
    return make_judging()


@pytest.fixture
def judging(module_judging):
    """The module's judging (four entries, three judges), fresh for each test."""
    return fresh(module_judging)

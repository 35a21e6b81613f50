"""Balanced assignment: every entry gets N judges, nobody more than their share."""

import math
from collections import Counter

import pytest

from contests.assignment import assign
from contests.factories import EntryFactory
from contests.models import Assignment, AuditEvent
from contests.tests.conftest import make_judging

pytestmark = pytest.mark.django_db


def test_balanced_assignment_gives_each_entry_n_judges_and_even_loads():
    setup = make_judging(entries=11, judges=4, per_entry=2)
    per_entry = Counter(
        Assignment.objects.filter(round=setup.round).values_list("entry", flat=True)
    )
    assert set(per_entry.values()) == {2} and len(per_entry) == 11
    loads = Counter(Assignment.objects.filter(round=setup.round).values_list("judge", flat=True))
    assert max(loads.values()) <= math.ceil(11 * 2 / 4)
    assert max(loads.values()) - min(loads.values()) <= 1
    assert AuditEvent.objects.filter(action=AuditEvent.ASSIGNED, contest=setup.contest).exists()


def test_assigning_again_adds_only_what_is_missing(user_for):
    setup = make_judging(entries=5, judges=3, per_entry=2)
    before = Assignment.objects.filter(round=setup.round).count()
    added, short = assign(setup.round, user_for("manager"), per_entry=2)
    assert (added, short) == (0, [])
    assert Assignment.objects.filter(round=setup.round).count() == before
    added, _short = assign(setup.round, user_for("manager"))  # now the whole panel
    assert added == 5 and Assignment.objects.filter(round=setup.round).count() == 15


def test_authors_are_excluded_and_shortfalls_reported(user_for):
    setup = make_judging(entries=2, judges=2, per_entry=1)
    judge = setup.judges[0]
    own = EntryFactory(category=setup.category, author=judge, code="SA-9999")
    setup.round.entries.add(own)
    added, short = assign(setup.round, user_for("manager"), per_entry=2)
    assert not Assignment.objects.filter(entry=own, judge=judge).exists()
    assert short == ["SA-9999"]
    assert added == 3  # one more judge for each of the two entries, one for the new entry

"""Rounds: a shortlist round, then a final round on the top entries."""

from decimal import Decimal

import pytest
from django.urls import reverse

from contests.models import Assignment, AuditEvent, ResultSnapshot
from contests.rounds import RoundError, close_round, start_round
from contests.sheets import save_sheet
from contests.tests.conftest import make_judging
from contests.tests.helpers import in_thai

pytestmark = pytest.mark.django_db


@pytest.fixture
def shortlisted():
    """Five entries; every judge gives entry n a total of 10·(n + 1) (entry 4 is best)."""
    setup = make_judging(entries=5, judges=2)
    criteria = list(setup.category.criteria.all())
    for assignment in Assignment.objects.filter(round=setup.round).select_related("entry"):
        value = Decimal(setup.entries.index(assignment.entry) + 1)
        save_sheet(assignment, dict.fromkeys(criteria, value), submit=True)
    return setup


def test_the_final_round_takes_the_top_entries_of_the_shortlist(sign_in, user_for, shortlisted):
    manager = user_for("manager")
    client = sign_in("manager")
    url = reverse("contests:start_round", args=[shortlisted.contest.pk, shortlisted.category.pk])
    client.post(url, {"top": 2}, follow=True)
    assert shortlisted.category.rounds.count() == 1  # round 1 is still open
    close_round(shortlisted.round, manager)
    response = client.post(url, {"top": 2}, follow=True)
    final = shortlisted.category.rounds.get(number=2)
    assert {e.pk for e in final.entries.all()} == {e.pk for e in shortlisted.entries[3:]}
    assert response.status_code == 200
    assert AuditEvent.objects.filter(action=AuditEvent.ROUND_STARTED, detail__round=2).exists()
    assign_url = reverse("contests:assign", args=[final.pk])
    client.post(assign_url, {"mode": "balanced", "per_entry": 1})
    assert Assignment.objects.filter(round=final).count() == 2


def test_starting_round_one_twice_or_without_top_is_refused(user_for, shortlisted):
    manager = user_for("manager")
    with pytest.raises(RoundError):
        start_round(shortlisted.category, manager)
    close_round(shortlisted.round, manager)
    with pytest.raises(RoundError):
        start_round(shortlisted.category, manager)  # how many go on?


def test_publishing_uses_the_last_round(sign_in, user_for, shortlisted):
    manager = user_for("manager")
    close_round(shortlisted.round, manager)
    final = start_round(shortlisted.category, manager, top=2)
    client = sign_in("manager")
    client.post(reverse("contests:assign", args=[final.pk]), {"mode": "all"})
    response = client.post(
        reverse("contests:publish", args=[shortlisted.contest.pk]), {}, follow=True
    )
    assert (
        in_thai("Close judging in every category before publishing results.")
        in response.content.decode()
    )
    close_round(final, manager)
    client.post(reverse("contests:publish", args=[shortlisted.contest.pk]), {})
    snapshot = ResultSnapshot.objects.get(round__category=shortlisted.category)
    assert snapshot.round == final
    assert snapshot.data["rows"] == []  # nobody scored the final yet


def test_only_awarded_logos_become_visible_with_the_results(client, user_for, shortlisted):
    from contests.logos import reencode
    from contests.rounds import publish
    from contests.tests.helpers import image_upload

    for entry in shortlisted.entries:
        clean = reencode(image_upload())
        entry.logo.save(clean.name, clean)
    manager = user_for("manager")
    close_round(shortlisted.round, manager)
    shortlisted.contest.winners, shortlisted.contest.honourable_mentions = 1, 1
    shortlisted.contest.save()
    publish(shortlisted.contest, manager, normalise=False, trim=False, public=True)
    winner, mention, unplaced = (
        shortlisted.entries[4],
        shortlisted.entries[3],
        shortlisted.entries[0],
    )
    for entry, status in ((winner, 200), (mention, 200), (unplaced, 404)):
        assert client.get(reverse("contests:logo", args=[entry.code])).status_code == status

"""Closing, publishing and reading results; CSV export and the audit log."""

import csv
import io
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from contests.models import Assignment, AuditEvent, ResultSnapshot
from contests.results import snapshot_data
from contests.rounds import close_round, publish
from contests.sheets import save_sheet
from contests.tests.conftest import fresh, make_judging
from contests.tests.helpers import in_thai
from portal.factories import user_with_role

pytestmark = pytest.mark.django_db


def _score(setup, table):
    """``table`` {judge index: {entry index: score for every criterion}}."""
    criteria = list(setup.category.criteria.all())
    for judge_index, row in table.items():
        for entry_index, value in row.items():
            assignment = Assignment.objects.get(
                judge=setup.judges[judge_index], entry=setup.entries[entry_index]
            )
            save_sheet(assignment, dict.fromkeys(criteria, Decimal(value)), submit=True)


@pytest.fixture(scope="module")
def module_scored(module_db):
    """Judge 0 is harsh, judge 1 lenient; only the lenient judge saw entry 2.

    Totals (×10): judge 0: e0 50, e1 30; judge 1: e1 85, e2 95; judge 2: e0 80, e1 40, e2 60.
    Raw means: e2 77.5 > e0 65 > e1 51.7; z-scores put e0 first.
    """
    setup = make_judging(entries=3, judges=3)
    _score(setup, {0: {0: 5, 1: 3}, 1: {1: "8.5", 2: "9.5"}, 2: {0: 8, 1: 4, 2: 6}})
    return setup


@pytest.fixture
def scored(module_scored):
    """The module's scored round, fresh for each test (which may close and publish it)."""
    return fresh(module_scored)


def _codes_in_order(html, setup):
    positions = {entry.code: html.find(f'data-entry="{entry.code}"') for entry in setup.entries}
    return [code for code, _ in sorted(positions.items(), key=lambda item: item[1])]


def test_manager_previews_then_publishes_normalised_results(sign_in, user_for, scored):
    manager = user_for("manager")
    client = sign_in("manager")
    url = reverse("contests:results_category", args=[scored.contest.pk, scored.category.pk])
    preview = client.get(url).content.decode()
    assert in_thai("Preview for managers: these results are not published.") in preview
    e0, e1, e2 = (entry.code for entry in scored.entries)
    assert _codes_in_order(preview, scored) == [e2, e0, e1]
    response = client.post(
        reverse("contests:publish", args=[scored.contest.pk]), {"normalise": "on"}
    )
    assert (
        in_thai("Close judging in every category before publishing results.")
        in client.get(reverse("contests:progress", args=[scored.contest.pk])).content.decode()
    )
    assert not ResultSnapshot.objects.filter(round=scored.round).exists()
    close_round(scored.round, manager)
    response = client.post(
        reverse("contests:publish", args=[scored.contest.pk]), {"normalise": "on", "public": "on"}
    )
    assert response.status_code == 302
    page = client.get(url).content.decode()
    assert _codes_in_order(page, scored) == [e0, e2, e1]
    assert page.count('<svg class="chart"') == 2
    assert page.count('class="chart__dot"') == 7  # one dot per submitted sheet
    assert page.count('class="chart__bar chart__bar--') == 3  # one bar per entry
    ties = "Ties are broken, in order, by: the higher raw mean, the higher median total, more judges, then the entry code."
    assert in_thai(ties) in page
    assert AuditEvent.objects.filter(action=AuditEvent.RESULTS_PUBLISHED).exists()


def _published(setup, public):
    manager = user_with_role("manager")
    close_round(setup.round, manager)
    publish(setup.contest, manager, normalise=False, trim=False, public=public)


@pytest.mark.parametrize(
    ("username", "public", "status"),
    [
        (None, True, 200),
        ("citizen", True, 200),
        (None, False, 302),
        ("citizen", False, 403),
        ("staff", False, 200),
        ("judge", False, 200),
    ],
)
def test_published_results_are_public_only_if_the_manager_chose(
    sign_in, scored, username, public, status
):
    _published(scored, public)
    client = sign_in(username)
    url = reverse("contests:results_category", args=[scored.contest.pk, scored.category.pk])
    assert client.get(url).status_code == status


@pytest.mark.parametrize("username", [None, "citizen", "staff", "editor", "moderator", "judge"])
def test_unpublished_results_are_for_managers_only(sign_in, scored, username):
    client = sign_in(username)
    url = reverse("contests:results_category", args=[scored.contest.pk, scored.category.pk])
    assert client.get(url).status_code in (302, 403)


def test_published_logos_of_winners_are_visible_and_withdrawal_hides_results(sign_in, scored):
    _published(scored, public=True)
    sign_in("manager").post(reverse("contests:withdraw_results", args=[scored.contest.pk]))
    client = sign_in()
    url = reverse("contests:results_category", args=[scored.contest.pk, scored.category.pk])
    assert client.get(url).status_code == 302
    assert AuditEvent.objects.filter(action=AuditEvent.RESULTS_WITHDRAWN).exists()


def test_entrants_see_their_rank_only_after_publication(client, scored):
    author = scored.entries[0].author
    client.force_login(author)
    assert in_thai("Winner") not in client.get(reverse("contests:my_entries")).content.decode()
    _published(scored, public=False)
    page = client.get(reverse("contests:my_entries")).content.decode()
    assert in_thai("Honourable mention") in page or in_thai("Winner") in page


def test_csv_has_every_score_a_bom_and_no_live_formulas(sign_in, scored):
    scored.category.criteria.filter(sort_order=0).update(name="=HYPERLINK(1)")
    client = sign_in("manager")
    response = client.get(reverse("contests:scores_csv", args=[scored.contest.pk]))
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(body.lstrip("\ufeff"))))
    assert len(rows) == 1 + 7 * 3  # seven sheets of three criteria
    assert any(row[4] == "'=HYPERLINK(1)" for row in rows[1:])
    assert {row[0] for row in rows[1:]} == {entry.code for entry in scored.entries}


@pytest.mark.parametrize("username", [None, "citizen", "staff", "judge", "editor", "moderator"])
def test_management_is_for_contest_managers(sign_in, scored, username):
    client = sign_in(username)
    contest = scored.contest.pk
    for url in [
        reverse("contests:manage"),
        reverse("contests:progress", args=[contest]),
        reverse("contests:manage_entries", args=[contest]),
        reverse("contests:audit", args=[contest]),
        reverse("contests:scores_csv", args=[contest]),
    ]:
        assert client.get(url).status_code in (302, 403), url
    response = client.post(reverse("contests:close_round", args=[scored.round.pk]))
    assert response.status_code in (302, 403)
    scored.round.refresh_from_db()
    assert scored.round.closed_at is None
    assert client.post(
        reverse("contests:publish", args=[contest]), {"public": "on"}
    ).status_code in (302, 403)
    assert not ResultSnapshot.objects.filter(round=scored.round).exists()


def test_manager_pages_and_results_keep_a_constant_query_count(
    sign_in, user_for, django_assert_max_num_queries
):
    setup = make_judging(entries=40, judges=4, per_entry=2)
    criteria = list(setup.category.criteria.all())
    for n, assignment in enumerate(Assignment.objects.filter(round=setup.round)):
        save_sheet(assignment, dict.fromkeys(criteria, Decimal(n % 10)), submit=True)
    manager = user_for("manager")
    client = sign_in("manager")
    contest = setup.contest.pk
    for url in [
        reverse("contests:manage"),
        reverse("contests:progress", args=[contest]),
        reverse("contests:manage_entries", args=[contest]),
        reverse("contests:audit", args=[contest]),
        reverse("contests:results_category", args=[contest, setup.category.pk]),
    ]:
        with django_assert_max_num_queries(25):  # the first also builds the site header's caches
            assert client.get(url).status_code == 200, url
    close_round(setup.round, manager)
    publish(setup.contest, manager, normalise=True, trim=True, public=True)
    client = sign_in()
    with django_assert_max_num_queries(18):
        response = client.get(
            reverse("contests:results_category", args=[contest, setup.category.pk])
        )
    assert response.status_code == 200 and "<svg" in response.content.decode()


def test_progress_shows_missing_scores_per_judge(sign_in, scored):
    client = sign_in("manager")
    page = client.get(reverse("contests:progress", args=[scored.contest.pk])).content.decode()
    # 3 judges × 3 entries assigned, 7 sheets submitted.
    with translation.override("th"):
        missing = translation.ngettext(
            "%(count)s score sheet missing.", "%(count)s score sheets missing.", 2
        ) % {"count": 2}
    assert missing in page


def test_judge_labels_follow_neither_user_ids_nor_calls(settings):
    """Judge n gives every criterion n + 1, so a label's totals tell who it is. Labels are
    the same on every call for a contest; across secret keys they are not always the
    order the judges' accounts were made in (they were, before)."""
    setup = make_judging(entries=1, judges=4)
    _score(setup, {n: {0: n + 1} for n in range(4)})
    by_total = {10.0 * (n + 1): judge.pk for n, judge in enumerate(setup.judges)}

    def labelled():
        data = snapshot_data(setup.round, setup.contest)
        return tuple(by_total[judge["totals"][0]] for judge in data["judge_totals"])

    orders = set()
    for key in range(12):
        settings.SECRET_KEY = f"a-secret-key-for-the-judge-labels-{key}"
        order = labelled()
        assert labelled() == order
        orders.add(order)
    assert orders - {tuple(sorted(by_total.values()))}

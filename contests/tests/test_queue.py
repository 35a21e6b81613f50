"""The judge's queue: order, progress, submit-and-next, and scores shown as typed."""

import re

import pytest
from django.urls import reverse

from contests.models import Assignment
from contests.rounds import close_round
from contests.sheets import save_sheet

pytestmark = pytest.mark.django_db


def _assignments(setup, judge):
    return list(
        Assignment.objects.filter(judge=judge, round=setup.round)
        .select_related("entry", "round")
        .order_by("entry__code")
    )


def _url(assignment):
    return reverse("contests:score", args=[assignment.round_id, assignment.entry.code])


def _rows(response):
    return re.findall(r'<tr data-entry="([^"]+)" data-state="([^"]+)"', response.content.decode())


def test_the_queue_lists_entries_to_score_then_drafts_then_submitted(client, judging):
    judge = judging.judges[0]
    first, second, third, fourth = _assignments(judging, judge)
    criteria = list(judging.category.criteria.all())
    save_sheet(first, dict.fromkeys(criteria, 7), submit=True)
    save_sheet(second, {criteria[0]: 5})
    client.force_login(judge)
    response = client.get(reverse("contests:judging"))
    assert _rows(response) == [
        (third.entry.code, "to-score"),
        (fourth.entry.code, "to-score"),
        (second.entry.code, "draft"),
        (first.entry.code, "submitted"),
    ]
    html = response.content.decode()
    assert 'data-done="1" data-total="4"' in html
    assert f'id="start-scoring" href="{_url(third)}"' in html


def test_closed_rounds_come_after_open_ones(client, judging, user_for):
    from contests.tests.conftest import make_judging

    judge = judging.judges[0]
    other = make_judging(entries=1, judges=1)
    Assignment.objects.create(round=other.round, entry=other.entries[0], judge=judge)
    close_round(judging.round, user_for("manager"))
    client.force_login(judge)
    rows = _rows(client.get(reverse("contests:judging")))
    assert rows[0] == (other.entries[0].code, "to-score")
    assert len(rows) == 5


def test_submit_and_next_goes_to_the_next_entry_waiting(client, judging):
    judge = judging.judges[0]
    first, second, third, fourth = _assignments(judging, judge)
    criteria = list(judging.category.criteria.all())
    save_sheet(second, {criteria[0]: 5})  # a draft waits after the entries never opened
    client.force_login(judge)
    data = {f"criterion-{c.pk}": 8 for c in criteria} | {"comment": "", "submit": "next"}
    response = client.post(_url(first), data)
    assert response.status_code == 302 and response["Location"] == _url(third)
    assert client.post(_url(third), data)["Location"] == _url(fourth)
    assert client.post(_url(fourth), data)["Location"] == _url(second)
    last = client.get(_url(second)).content.decode()
    assert 'id="submit-next"' not in last
    response = client.post(_url(second), data | {"submit": "list"})
    assert response["Location"] == reverse("contests:judging")


def test_submit_without_next_returns_to_the_queue(client, judging):
    judge = judging.judges[0]
    first = _assignments(judging, judge)[0]
    criteria = list(judging.category.criteria.all())
    client.force_login(judge)
    data = {f"criterion-{c.pk}": 8 for c in criteria} | {"comment": "", "submit": "list"}
    assert client.post(_url(first), data)["Location"] == reverse("contests:judging")


def test_scores_show_as_typed(client, judging, user_for):
    judge = judging.judges[0]
    first = _assignments(judging, judge)[0]
    a, b, c = judging.category.criteria.all()
    save_sheet(first, {a: 9, b: 7.5, c: 10})
    client.force_login(judge)
    html = client.get(_url(first)).content.decode()
    assert f'name="criterion-{a.pk}" value="9"' in html.replace('type="number" ', "")
    assert re.search(rf'name="criterion-{b.pk}"[^>]*value="7.5"', html)
    assert re.search(rf'name="criterion-{c.pk}"[^>]*value="10"', html)
    # 40·0.9 + 30·0.75 + 30·1 = 88.5
    assert re.search(r'<output id="score-total"[^>]*>88.5</output>', html)
    close_round(judging.round, user_for("manager"))
    html = client.get(_url(first)).content.decode()
    assert "<dd>9 / 10</dd>" in html and "<dd>7.5 / 10</dd>" in html and "<dd>88.5</dd>" in html


def test_the_server_total_follows_the_posted_scores(client, judging):
    judge = judging.judges[0]
    first = _assignments(judging, judge)[0]
    a, b, c = judging.category.criteria.all()
    client.force_login(judge)
    # an invalid comment keeps the page: the total shown is that of the typed scores
    data = {f"criterion-{a.pk}": 5, f"criterion-{b.pk}": 5, f"criterion-{c.pk}": 11}
    html = client.post(_url(first), data | {"draft": "1"}).content.decode()
    assert re.search(r'<output id="score-total"[^>]*>–</output>', html)
    data[f"criterion-{c.pk}"] = 0
    html = client.post(_url(first), data | {"submit": "list", "comment": "x" * 2001})
    assert re.search(r'<output id="score-total"[^>]*>35</output>', html.content.decode())


def test_the_score_inputs_carry_weight_and_scale_for_the_live_total(client, judging):
    judge = judging.judges[0]
    first = _assignments(judging, judge)[0]
    a = judging.category.criteria.first()
    client.force_login(judge)
    html = client.get(_url(first)).content.decode()
    assert re.search(rf'data-weight="40"[^>]*data-scale="10"[^>]*id="id_criterion-{a.pk}"', html)


def test_queue_and_score_pages_have_bounded_queries(client, django_assert_max_num_queries):
    from contests.tests.conftest import make_judging

    setup = make_judging(entries=12, judges=1)
    judge = setup.judges[0]
    criteria = list(setup.category.criteria.all())
    for assignment in _assignments(setup, judge)[:6]:
        save_sheet(assignment, dict.fromkeys(criteria, 6), submit=True)
    client.force_login(judge)
    with django_assert_max_num_queries(
        23
    ):  # a first request: it also builds the site header's caches
        assert client.get(reverse("contests:judging")).status_code == 200
    with django_assert_max_num_queries(18):
        assert client.get(_url(_assignments(setup, judge)[0])).status_code == 200


def test_the_error_summary_is_at_the_top_of_the_score_page(client, judging):
    judge = judging.judges[0]
    first = _assignments(judging, judge)[0]
    a = judging.category.criteria.first()
    client.force_login(judge)
    html = client.post(_url(first), {f"criterion-{a.pk}": 11, "submit": "list"}).content.decode()
    assert html.count("data-error-summary") == 1
    assert html.index("data-error-summary") < html.index('class="work')
    assert f'href="#id_criterion-{a.pk}"' in html

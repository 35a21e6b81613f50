"""Managers: the audit log in words, missing sheets flagged, closing a round asks first."""

import re

import pytest
from django.urls import reverse

from contests.models import Assignment
from contests.rounds import close_round, publish
from contests.sheets import save_sheet

pytestmark = pytest.mark.django_db


def test_the_audit_log_says_who_changed_which_score_from_what_to_what(sign_in, judging):
    judge = judging.judges[0]
    assignment = Assignment.objects.filter(judge=judge).select_related("entry").first()
    a, b, c = judging.category.criteria.all()
    save_sheet(assignment, {a: 4, b: 4})
    save_sheet(assignment, {a: 6, b: 4, c: 10}, submit=True)
    html = sign_in("manager").get(reverse("contests:audit", args=[judging.contest.pk]))
    html = html.content.decode()
    assert "{" not in re.search(r'<ol class="audit-log".*</ol>', html, re.S).group()
    assert judge.get_full_name() in html  # the judge's Thai name, not the account name
    submitted = re.search(r'data-action="score_submitted">(.*?</li>)\s*</ul>', html, re.S)
    lines = re.findall(r"<li>(.*?)</li>", submitted.group(1), re.S)
    assert any(a.name in line and "<del>4</del>" in line and "<ins>6</ins>" in line
               for line in lines)  # fmt: skip
    assert any(c.name in line and "<del>–</del>" in line and "<ins>10</ins>" in line
               for line in lines)  # fmt: skip
    assert not any(b.name in line for line in lines)  # unchanged scores are not repeated
    # total 40·0.4 + 30·0.4 = 28 (the draft had no total) → 40·0.6 + 30·0.4 + 30 = 66
    assert any("<ins>66</ins>" in line for line in lines)
    assert assignment.entry.code in submitted.group(0)


def test_every_kind_of_event_reads_as_a_sentence(sign_in, user_for, judging):
    manager = user_for("manager")
    criteria = list(judging.category.criteria.all())
    for assignment in Assignment.objects.filter(round=judging.round):
        save_sheet(assignment, dict.fromkeys(criteria, 5), submit=True)
    close_round(judging.round, manager)
    publish(judging.contest, manager, normalise=True, trim=False, public=True)
    html = sign_in("manager").get(reverse("contests:audit", args=[judging.contest.pk]))
    html = html.content.decode()
    actions = set(re.findall(r'data-action="([a-z_]+)"', html))
    assert {"assigned", "round_started", "round_closed", "results_published"} <= actions
    for summary in re.findall(r'<p class="audit-event__summary">(.*?)</p>', html, re.S):
        assert summary.strip() and "{" not in summary and "_" not in summary


def test_closing_a_round_asks_first_and_lists_missing_sheets(sign_in, judging):
    judge = judging.judges[0]
    criteria = list(judging.category.criteria.all())
    scored = Assignment.objects.filter(judge=judge).select_related("entry").first()
    for assignment in Assignment.objects.filter(entry=scored.entry):
        save_sheet(assignment, dict.fromkeys(criteria, 5), submit=True)
    client = sign_in("manager")
    progress = client.get(reverse("contests:progress", args=[judging.contest.pk])).content
    url = reverse("contests:close_round", args=[judging.round.pk])
    assert f'href="{url}"'.encode() in progress
    assert f'action="{url}"'.encode() not in progress  # no one-click close on the progress page
    page = client.get(url).content.decode()
    judging.round.refresh_from_db()
    assert judging.round.is_open
    assert 'id="close-round-form"' in page
    flagged = re.findall(r'<li data-entry="([^"]+)"', page)
    assert sorted(flagged) == sorted(e.code for e in judging.entries if e != scored.entry)
    response = client.post(url, {"confirm": "1"})
    assert response.status_code == 302
    judging.round.refresh_from_db()
    assert not judging.round.is_open
    assert 'id="close-round-form"' not in client.get(url).content.decode()


def test_entries_missing_sheets_are_flagged_before_publishing(sign_in, user_for, judging):
    criteria = list(judging.category.criteria.all())
    missing = judging.entries[0]
    for assignment in Assignment.objects.filter(round=judging.round).exclude(entry=missing):
        save_sheet(assignment, dict.fromkeys(criteria, 5), submit=True)
    close_round(judging.round, user_for("manager"))
    html = sign_in("manager").get(reverse("contests:progress", args=[judging.contest.pk]))
    html = html.content.decode()
    publish_section = html[html.index('<section class="publish">') :]
    assert re.findall(r'<li data-entry="([^"]+)"', publish_section) == [missing.code]
    assert 'data-missing="1"' in publish_section


@pytest.mark.parametrize("username", [None, "citizen", "staff", "judge"])
def test_only_managers_reach_the_close_confirmation(sign_in, judging, username):
    url = reverse("contests:close_round", args=[judging.round.pk])
    assert sign_in(username).get(url).status_code in (302, 403)

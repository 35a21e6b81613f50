"""Judges score blind: drafts, submission, limits, the lock, and conflicts of interest."""

import re

import pytest
from django.db.models import Count
from django.urls import reverse

from contests.factories import EntryFactory
from contests.models import Assignment, AuditEvent, Conflict, CriterionScore, ScoreSheet
from contests.rounds import close_round
from contests.sheets import save_sheet
from contests.tests.conftest import make_judging
from contests.tests.helpers import image_upload, in_thai, piled_marks_error

pytestmark = pytest.mark.django_db


def _score_url(assignment):
    return reverse("contests:score", args=[assignment.round_id, assignment.entry.code])


def _post(client, assignment, values, submit=False, comment=""):
    data = {
        f"criterion-{c.pk}": v
        for c, v in zip(assignment.round.category.criteria.all(), values, strict=True)
    }
    data["comment"] = comment
    data["submit" if submit else "draft"] = "1"
    return client.post(_score_url(assignment), data)


def test_a_judge_saves_a_draft_then_submits(client, judging):
    judge = judging.judges[0]
    assignment = Assignment.objects.filter(judge=judge).first()
    client.force_login(judge)
    assert _post(client, assignment, [8, 5, ""]).status_code == 302
    sheet = ScoreSheet.objects.get(judge=judge, entry=assignment.entry)
    assert sheet.submitted_at is None and sheet.total is None
    response = _post(client, assignment, [8, 5, ""], submit=True)
    assert in_thai("Score every criterion before submitting.") in response.content.decode()
    assert _post(client, assignment, [8, 5, 10], submit=True, comment="ดี").status_code == 302
    sheet.refresh_from_db()
    # 40·0.8 + 30·0.5 + 30·1.0 = 77
    assert sheet.submitted_at is not None and float(sheet.total) == pytest.approx(77)
    assert AuditEvent.objects.filter(action=AuditEvent.SCORE_SUBMITTED, actor=judge).exists()


def test_scores_outside_the_scale_are_refused_and_nothing_is_saved(client, judging):
    judge = judging.judges[0]
    assignment = Assignment.objects.filter(judge=judge).first()
    client.force_login(judge)
    response = _post(client, assignment, [11, 5, 5], submit=True)
    assert response.status_code == 200
    assert not ScoreSheet.objects.filter(judge=judge).exists()
    response = _post(client, assignment, [-1, 5, 5])
    assert response.status_code == 200
    assert not CriterionScore.objects.filter(sheet__judge=judge).exists()


def test_two_saves_of_one_sheet_leave_one_sheet_with_the_last_values(judging):
    assignment = Assignment.objects.filter(judge=judging.judges[0]).first()
    criteria = list(judging.category.criteria.all())
    save_sheet(assignment, dict.fromkeys(criteria, 4), submit=False)
    save_sheet(assignment, dict.fromkeys(criteria, 9), submit=True)
    sheets = ScoreSheet.objects.filter(entry=assignment.entry, judge=assignment.judge)
    assert sheets.count() == 1
    assert set(
        CriterionScore.objects.filter(sheet=sheets.get()).values_list("value", flat=True)
    ) == {9}
    assert (
        not ScoreSheet.objects.values("round", "entry", "judge")
        .annotate(n=Count("pk"))
        .filter(n__gt=1)
        .exists()
    )


def test_the_database_allows_one_sheet_per_judge_per_entry(judging):
    from django.db import IntegrityError, transaction

    assignment = Assignment.objects.filter(judge=judging.judges[0]).first()
    ScoreSheet.objects.create(
        round=assignment.round, entry=assignment.entry, judge=assignment.judge
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        ScoreSheet.objects.create(
            round=assignment.round, entry=assignment.entry, judge=assignment.judge
        )


def test_sheets_are_locked_when_judging_closes(client, user_for, judging):
    judge = judging.judges[0]
    assignment = Assignment.objects.filter(judge=judge).first()
    save_sheet(assignment, dict.fromkeys(judging.category.criteria.all(), 6), submit=True)
    close_round(judging.round, user_for("manager"))
    client.force_login(judge)
    response = _post(client, assignment, [1, 1, 1], submit=True)
    assert (
        in_thai("Judging is closed: scores can no longer be changed.") in response.content.decode()
    )
    saved = CriterionScore.objects.filter(sheet__judge=judge).values_list("value", flat=True)
    assert set(saved) == {6}


def test_an_unassigned_entry_cannot_be_judged(client, judging):
    other = make_judging(entries=1, judges=1)
    judge = judging.judges[0]
    client.force_login(judge)
    entry = other.entries[0]
    assert (
        client.get(reverse("contests:score", args=[other.round.pk, entry.code])).status_code == 403
    )
    response = client.post(
        reverse("contests:score", args=[other.round.pk, entry.code]), {"submit": "1"}
    )
    assert response.status_code == 403
    assert in_thai("This entry is not on your judging list.") in response.content.decode()
    assert not ScoreSheet.objects.filter(judge=judge, entry=entry).exists()


def test_a_judge_never_judges_their_own_entry(user_for):
    setup = make_judging(entries=3, judges=3)
    judge = setup.judges[0]
    own = EntryFactory(category=setup.category, author=judge)
    setup.round.entries.add(own)
    from contests.assignment import assign

    assign(setup.round, user_for("manager"))
    assert not Assignment.objects.filter(entry=own, judge=judge).exists()
    assert Assignment.objects.filter(entry=own).count() == 2


def test_a_conflict_removes_the_entry_and_reassigns_it(client):
    setup = make_judging(entries=4, judges=3, per_entry=2)
    judge = setup.judges[0]
    assignment = Assignment.objects.filter(judge=judge).select_related("entry").first()
    save_sheet(assignment, dict.fromkeys(setup.category.criteria.all(), 5))
    client.force_login(judge)
    url = reverse("contests:conflict", args=[assignment.round_id, assignment.entry.code])
    response = client.post(url, {"reason": ""})
    assert response.status_code == 200 and not Conflict.objects.exists()
    assert client.post(url, {"reason": "เป็นผลงานของเพื่อนร่วมฝ่าย"}).status_code == 302
    assert Conflict.objects.filter(judge=judge, entry=assignment.entry).exists()
    assert not Assignment.objects.filter(judge=judge, entry=assignment.entry).exists()
    assert not ScoreSheet.objects.filter(judge=judge, entry=assignment.entry).exists()
    assert Assignment.objects.filter(entry=assignment.entry).count() == 2
    dashboard = client.get(reverse("contests:judging")).content.decode()
    assert f"/{assignment.entry.code}/" not in dashboard
    assert client.get(_score_url(assignment)).status_code == 403


def test_judge_pages_and_files_are_blind(client):
    setup = make_judging(entries=2, judges=1, kind="logo", code_prefix="LG")
    from contests import entries as entry_service

    author = setup.authors[0]
    entry = setup.entries[0]
    upload = image_upload("somchai-family-logo.png", exif=True)
    from contests.logos import reencode

    clean = reencode(upload)
    entry.logo.save(clean.name, clean)
    assert entry_service  # the same module the views use
    judge = setup.judges[0]
    client.force_login(judge)
    assignment = Assignment.objects.get(judge=judge, entry=entry)
    pages = [
        client.get(reverse("contests:judging")),
        client.get(_score_url(assignment)),
        client.get(reverse("contests:conflict", args=[assignment.round_id, entry.code])),
    ]
    logo = client.get(reverse("contests:logo", args=[entry.code]))
    assert logo.status_code == 200 and logo["Content-Type"] == "image/png"
    assert "somchai" not in logo["Content-Disposition"]
    body = b"".join(logo.streaming_content)
    secrets = [
        author.username,
        author.first_name,
        author.last_name,
        "หน่วยลับ0",
        "สำนักงานลับเฉพาะ",
        "somchai",
        entry.logo.name,
    ]
    assert b"somchai" not in body.lower()
    for response in pages:
        text = response.content.decode()
        assert response.status_code == 200
        for secret in secrets:
            assert secret not in text, secret
    assert entry.code in pages[0].content.decode()


def test_a_judge_never_sees_other_judges_scores(client, judging):
    first, second = judging.judges[:2]
    entry = judging.entries[0]
    theirs = Assignment.objects.get(judge=first, entry=entry)
    save_sheet(
        theirs, dict.fromkeys(judging.category.criteria.all(), 3), comment="ความเห็นลับ", submit=True
    )
    client.force_login(second)
    page = client.get(
        _score_url(Assignment.objects.get(judge=second, entry=entry))
    ).content.decode()
    criteria = re.findall(r'<input[^>]*name="criterion-[^>]*>', page)
    assert criteria and not [field for field in criteria if 'value="3"' in field]
    assert "ความเห็นลับ" not in page


def test_dashboard_and_score_page_query_counts_are_constant(client, django_assert_max_num_queries):
    setup = make_judging(entries=30, judges=1)
    judge = setup.judges[0]
    for assignment in Assignment.objects.filter(judge=judge)[:20]:
        save_sheet(assignment, dict.fromkeys(setup.category.criteria.all(), 5), submit=True)
    client.force_login(judge)
    with django_assert_max_num_queries(
        23
    ):  # a first request: it also builds the site header's caches
        response = client.get(reverse("contests:judging"))
    assert response.content.decode().count("tag--ok") == 20
    assignment = Assignment.objects.filter(judge=judge).first()
    with django_assert_max_num_queries(20):
        assert client.get(_score_url(assignment)).status_code == 200


def test_no_conflict_can_be_declared_after_judging_closes(client, user_for, judging):
    judge = judging.judges[0]
    assignment = Assignment.objects.filter(judge=judge).select_related("entry").first()
    close_round(judging.round, user_for("manager"))
    client.force_login(judge)
    url = reverse("contests:conflict", args=[assignment.round_id, assignment.entry.code])
    assert in_thai("Judging is closed for this round.") in client.get(url).content.decode()
    response = client.post(url, {"reason": "รู้จักผู้ส่ง"})
    assert response.status_code == 200
    assert not Conflict.objects.filter(judge=judge).exists()
    assert Assignment.objects.filter(pk=assignment.pk).exists()


def test_every_score_change_is_in_the_audit_log(client, sign_in, judging):
    judge = judging.judges[0]
    assignment = Assignment.objects.filter(judge=judge).select_related("entry").first()
    criteria = list(judging.category.criteria.all())
    save_sheet(assignment, dict.fromkeys(criteria, 4))
    save_sheet(assignment, dict.fromkeys(criteria, 6), submit=True)
    events = AuditEvent.objects.filter(contest=judging.contest, actor=judge).order_by("pk")
    assert [event.action for event in events] == [
        AuditEvent.SCORE_SAVED,
        AuditEvent.SCORE_SUBMITTED,
    ]
    assert events.last().detail["entry"] == assignment.entry.code
    assert set(events.last().detail["scores"].values()) == {"6"}
    page = (
        sign_in("manager")
        .get(reverse("contests:audit", args=[judging.contest.pk]))
        .content.decode()
    )
    assert assignment.entry.code in page and judge.get_full_name() in page


def test_comments_and_conflict_reasons_refuse_a_pile_of_marks(client, judging):
    judge = judging.judges[0]
    assignment = Assignment.objects.filter(judge=judge).first()
    client.force_login(judge)
    padded = "ดีมาก" + "\u0e49" * 500
    response = _post(client, assignment, [8, 5, 10], submit=True, comment=padded)
    assert piled_marks_error() in response.content.decode()
    assert not ScoreSheet.objects.filter(judge=judge).exists()
    url = reverse("contests:conflict", args=[assignment.round_id, assignment.entry.code])
    response = client.post(url, {"reason": "รู้จักผู้ส่ง" + "\u0301" * 200})
    assert piled_marks_error() in response.content.decode()
    assert not Conflict.objects.filter(judge=judge).exists()

"""All scores of a contest as CSV, for managers."""

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from contests.access import manager_required
from contests.models import Contest, CriterionScore
from core.csv import csv_response


@require_GET
@manager_required
def scores_csv(request, contest_id):
    """One row per criterion score: entry, category, round, judge, criterion, score,
    the sheet's weighted total and when it was submitted (empty for drafts)."""
    contest = get_object_or_404(Contest, pk=contest_id)
    scores = (
        CriterionScore.objects.filter(sheet__round__category__contest=contest)
        .select_related("sheet__entry", "sheet__round__category", "sheet__judge", "criterion")
        .order_by("sheet__round__category__sort_order", "sheet__round__number",
                  "sheet__entry__code", "sheet__judge__username", "criterion__sort_order",
                  "criterion__pk")
    )  # fmt: skip
    header = [
        _("Entry"), _("Category"), _("Round"), _("Judge"), _("Criterion"), _("Score"),
        _("Weighted total"), _("Submitted at"),
    ]  # fmt: skip
    rows = (
        [
            score.sheet.entry.code,
            score.sheet.round.category.name,
            score.sheet.round.number,
            score.sheet.judge.get_username(),
            score.criterion.name,
            score.value,
            score.sheet.total if score.sheet.total is not None else "",
            score.sheet.submitted_at.isoformat() if score.sheet.submitted_at else "",
        ]
        for score in scores.iterator(chunk_size=2000)
    )
    return csv_response(f"contest-{contest.pk}-scores.csv", header, rows)

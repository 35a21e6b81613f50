"""Saving a judge's score sheet: drafts, submission, and the lock when judging closes.

Each save runs in one transaction on the single sheet the unique constraint
allows; two concurrent saves of the same sheet leave one sheet holding the
values of the later one. A lost ``get_or_create`` race is retried once.
"""

from decimal import Decimal

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from contests import scoring
from contests.models import CriterionScore, ScoreSheet
from contests.models.audit import AuditEvent, record


class ScoringError(Exception):
    """A save that was refused; ``str()`` is the message for the judge."""


def scoring_open(round_, now=None):
    return round_.is_open and round_.category.contest.judging_open(now)


def save_sheet(assignment, values, comment="", submit=False):
    """Store ``values`` ({criterion: Decimal or None}) on the assignment's sheet."""
    round_ = assignment.round
    if not scoring_open(round_):
        raise ScoringError(_("Judging is closed: scores can no longer be changed."))
    criteria = list(round_.category.criteria.all())
    for criterion in criteria:
        value = values.get(criterion)
        if value is not None and not (0 <= value <= criterion.scale_max):
            raise ScoringError(_("A score is outside the scale."))
    complete = all(values.get(criterion) is not None for criterion in criteria)
    if submit and not complete:
        raise ScoringError(_("Score every criterion before submitting."))
    for attempt in range(2):
        try:
            return _save(assignment, criteria, values, comment, submit, complete)
        except IntegrityError:
            if attempt:
                raise ScoringError(
                    _("Someone saved this sheet at the same moment. Please try again.")
                ) from None
    return None


@transaction.atomic
def _save(assignment, criteria, values, comment, submit, complete):
    sheet, _created = ScoreSheet.objects.select_for_update().get_or_create(
        round=assignment.round, entry=assignment.entry, judge=assignment.judge
    )
    before = dict(sheet.scores.values_list("criterion_id", "value"))
    old_total = sheet.total
    for criterion in criteria:
        value = values.get(criterion)
        if value is None:
            CriterionScore.objects.filter(sheet=sheet, criterion=criterion).delete()
        else:
            CriterionScore.objects.update_or_create(
                sheet=sheet, criterion=criterion, defaults={"value": value}
            )
    sheet.comment = comment
    sheet.total = (
        Decimal(
            scoring.weighted_total(
                {c.pk: float(values[c]) for c in criteria},
                [(c.pk, c.weight, c.scale_max) for c in criteria],
            )
        ).quantize(Decimal("0.001"))
        if complete
        else None
    )
    sheet.submitted_at = timezone.now() if submit else None
    sheet.save()
    record(
        assignment.round.category.contest,
        assignment.judge,
        AuditEvent.SCORE_SUBMITTED if submit else AuditEvent.SCORE_SAVED,
        entry=assignment.entry.code,
        round=assignment.round.number,
        scores={c.name: str(values[c]) for c in criteria if values.get(c) is not None},
        total=str(sheet.total) if sheet.total is not None else None,
        changes=_changes(criteria, before, values),
        old_total=str(old_total) if old_total is not None else None,
    )
    return sheet


def _changes(criteria, before, values):
    """[[criterion, old, new]] for each score that changed (None where there was none)."""
    changes = []
    for criterion in criteria:
        old, new = before.get(criterion.pk), values.get(criterion)
        if old is None and new is None:
            continue
        if old is None or new is None or Decimal(old) != Decimal(new):
            changes.append(
                [criterion.name, *(str(v) if v is not None else None for v in (old, new))]
            )
    return changes

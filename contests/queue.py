"""A judge's queue: what is still to score first, then drafts, then submitted sheets.

Open rounds come before closed ones; within a state, rounds and categories keep
their order and entries their code. ``next_to_score`` is the entry the
"submit and next" button goes to.
"""

from django.db.models import Case, Exists, IntegerField, OuterRef, Q, Value, When

from contests.models import Assignment, ScoreSheet

TO_SCORE, DRAFT, SUBMITTED = 0, 1, 2


def queue(judge):
    """The judge's assignments annotated with ``state`` and ordered as the queue."""
    sheets = ScoreSheet.objects.filter(
        round=OuterRef("round"), entry=OuterRef("entry"), judge=judge
    )
    return (
        Assignment.objects.filter(judge=judge)
        .select_related("round__category__contest", "entry")
        .annotate(
            state=Case(
                When(Exists(sheets.filter(submitted_at__isnull=False)), then=Value(SUBMITTED)),
                When(Exists(sheets), then=Value(DRAFT)),
                default=Value(TO_SCORE),
                output_field=IntegerField(),
            ),
            closed=Case(
                When(round__closed_at__isnull=True, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            ),
        )
        .order_by(
            "closed",
            "state",
            "round__category__contest__judging_closes",
            "round__category__sort_order",
            "round__number",
            "entry__code",
        )
    )


def progress(judge):
    """(submitted, assigned) in the judge's open rounds."""
    open_rounds = Assignment.objects.filter(judge=judge, round__closed_at__isnull=True)
    assigned = open_rounds.count()
    done = ScoreSheet.objects.filter(
        judge=judge, round__closed_at__isnull=True, submitted_at__isnull=False
    ).count()
    return done, assigned


def next_to_score(judge, now, after=None):
    """The first assignment still waiting for the judge (to score, then draft) in a
    round they may still score, other than ``after``; None when nothing waits."""
    waiting = queue(judge).filter(
        state__lt=SUBMITTED,
        round__closed_at__isnull=True,
        round__category__contest__judging_opens__lte=now,
        round__category__contest__judging_closes__gt=now,
    )
    if after is not None:
        waiting = waiting.exclude(Q(pk=after.pk))
    return waiting.first()

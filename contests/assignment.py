"""Who judges which entry: the whole panel, or a balanced share; conflicts and reassignment.

An entry's author and a judge who declared a conflict are never assigned it.
Balanced assignment gives each entry ``per_entry`` judges, always choosing the
eligible judges with the fewest entries so far, so no judge gets more than
their share (loads differ by at most one when nobody is excluded).
"""

from django.db import transaction

from contests.models import Assignment, Conflict, Round, ScoreSheet
from contests.models.audit import AuditEvent, record


def _excluded(round_):
    """{entry id: judge ids who may not judge it} for the round's entries."""
    excluded = {}
    for entry_id, author_id in round_.entries.values_list("pk", "author_id"):
        excluded.setdefault(entry_id, set()).add(author_id)
    conflicts = Conflict.objects.filter(entry__rounds=round_).values_list("entry_id", "judge_id")
    for entry_id, judge_id in conflicts:
        excluded.setdefault(entry_id, set()).add(judge_id)
    return excluded


def _loads(round_, judges):
    loads = dict.fromkeys(judges, 0)
    for judge_id in round_.assignments.values_list("judge_id", flat=True):
        if judge_id in loads:
            loads[judge_id] += 1
    return loads


@transaction.atomic
def assign(round_, actor, per_entry=None):
    """Add the missing assignments of ``round_``: every panel judge on every entry
    (``per_entry`` None) or ``per_entry`` judges per entry. Returns (added, short)
    where ``short`` lists the codes of entries left with fewer judges."""
    round_ = Round.objects.select_for_update().get(pk=round_.pk)
    judges = sorted(round_.category.judges.values_list("pk", flat=True))
    excluded = _excluded(round_)
    existing = {}
    for entry_id, judge_id in round_.assignments.values_list("entry_id", "judge_id"):
        existing.setdefault(entry_id, set()).add(judge_id)
    loads = _loads(round_, judges)
    wanted = len(judges) if per_entry is None else per_entry
    new, short = [], []
    for entry_id, code in round_.entries.order_by("code").values_list("pk", "code"):
        have = existing.get(entry_id, set())
        eligible = [j for j in judges if j not in have and j not in excluded.get(entry_id, set())]
        eligible.sort(key=lambda judge: (loads[judge], judge))
        chosen = eligible[: max(0, wanted - len(have))]
        for judge in chosen:
            loads[judge] += 1
            new.append(Assignment(round=round_, entry_id=entry_id, judge_id=judge))
        if len(have) + len(chosen) < wanted:
            short.append(code)
    Assignment.objects.bulk_create(new, ignore_conflicts=True)
    record(
        round_.category.contest,
        actor,
        AuditEvent.ASSIGNED,
        category=round_.category.name,
        round=round_.number,
        added=len(new),
        per_entry=per_entry,
    )
    return len(new), short


@transaction.atomic
def declare_conflict(assignment, reason):
    """Record the conflict, drop the judge's assignments and sheets for the entry in
    open rounds, and give each such round's entry to another eligible panel judge."""
    entry, judge = assignment.entry, assignment.judge
    Conflict.objects.get_or_create(entry=entry, judge=judge, defaults={"reason": reason})
    open_rounds = list(
        Round.objects.filter(
            assignments__entry=entry, assignments__judge=judge, closed_at__isnull=True
        ).distinct()
    )
    Assignment.objects.filter(entry=entry, judge=judge, round__in=open_rounds).delete()
    ScoreSheet.objects.filter(entry=entry, judge=judge, round__in=open_rounds).delete()
    replacements = [_replace(round_, entry) for round_ in open_rounds]
    record(
        entry.category.contest,
        judge,
        AuditEvent.CONFLICT,
        entry=entry.code,
        reassigned=sum(1 for replacement in replacements if replacement),
    )
    return replacements


def _replace(round_, entry):
    """Give ``entry`` the least-loaded eligible panel judge not yet on it; None if none."""
    judges = list(round_.category.judges.values_list("pk", flat=True))
    excluded = _excluded_for(entry) | set(
        round_.assignments.filter(entry=entry).values_list("judge_id", flat=True)
    )
    eligible = [judge for judge in judges if judge not in excluded]
    if not eligible:
        return None
    loads = _loads(round_, eligible)
    judge = min(eligible, key=lambda pk: (loads[pk], pk))
    return Assignment.objects.create(round=round_, entry=entry, judge_id=judge)


def _excluded_for(entry):
    return {entry.author_id, *entry.conflicts.values_list("judge_id", flat=True)}

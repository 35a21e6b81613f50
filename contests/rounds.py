"""Starting and closing rounds, and publishing or withdrawing results."""

from django.db import transaction
from django.db.models import Count, Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from contests.models import Assignment, Entry, ResultSnapshot, Round, ScoreSheet
from contests.models.audit import AuditEvent, record
from contests.results import ranking, snapshot_data


class RoundError(Exception):
    """A refused step; ``str()`` is the message for the manager."""


def latest_round(category):
    return category.rounds.order_by("-number").first()


def missing_sheets(round_ids):
    """{round id: [(entry code, sheets missing)]}: entries some assigned judge has not
    submitted a sheet for, in one query."""
    submitted = ScoreSheet.objects.filter(
        round=OuterRef("round"),
        entry=OuterRef("entry"),
        judge=OuterRef("judge"),
        submitted_at__isnull=False,
    )
    rows = (
        Assignment.objects.filter(round_id__in=round_ids)
        .exclude(Exists(submitted))
        .values("round_id", "entry__code")
        .annotate(missing=Count("pk"))
        .order_by("round_id", "entry__code")
    )
    result = {}
    for row in rows:
        result.setdefault(row["round_id"], []).append((row["entry__code"], row["missing"]))
    return result


@transaction.atomic
def start_round(category, actor, top=None):
    """Round 1 with every entry, or the next round with the ``top`` entries of the last."""
    contest = category.contest
    if contest.submissions_open() or timezone.now() < contest.submission_opens:
        raise RoundError(_("Rounds start after the submission window has closed."))
    if contest.results_published:
        raise RoundError(_("Results are published: withdraw them before starting a round."))
    previous = latest_round(category)
    if previous is None:
        entries = list(Entry.objects.active().filter(category=category))
    elif previous.is_open:
        raise RoundError(_("Close the current round before starting the next one."))
    else:
        if not top or top < 1:
            raise RoundError(_("Say how many entries go on to the next round."))
        rows = ranking(previous, contest)[:top]
        entries = [row.entry for row in rows]
    if not entries:
        raise RoundError(_("There are no entries to judge in this category."))
    round_ = Round.objects.create(
        category=category, number=(previous.number + 1 if previous else 1)
    )
    round_.entries.set(entries)
    record(
        contest, actor, AuditEvent.ROUND_STARTED,
        category=category.name, round=round_.number, entries=len(entries),
    )  # fmt: skip
    return round_


@transaction.atomic
def close_round(round_, actor):
    """Lock the round's sheets; closing twice changes nothing."""
    round_ = Round.objects.select_for_update().get(pk=round_.pk)
    if round_.closed_at is None:
        round_.closed_at = timezone.now()
        round_.save(update_fields=["closed_at"])
        record(
            round_.category.contest, actor, AuditEvent.ROUND_CLOSED,
            category=round_.category.name, round=round_.number,
        )  # fmt: skip
    return round_


@transaction.atomic
def publish(contest, actor, normalise, trim, public):
    """Freeze each category's last round into a snapshot and publish them together."""
    categories = list(contest.categories.all())
    rounds = [latest_round(category) for category in categories]
    if any(round_ is None or round_.is_open for round_ in rounds):
        raise RoundError(_("Close judging in every category before publishing results."))
    contest.normalise, contest.trim, contest.results_public = normalise, trim, public
    contest.results_published_at = timezone.now()
    contest.save()
    ResultSnapshot.objects.filter(round__category__contest=contest).delete()
    summary = {}
    for category, round_ in zip(categories, rounds, strict=True):
        data = snapshot_data(round_, contest)
        ResultSnapshot.objects.create(round=round_, data=data)
        summary[category.name] = [row["code"] for row in data["rows"][: contest.winners]]
    record(
        contest, actor, AuditEvent.RESULTS_PUBLISHED,
        normalise=normalise, trim=trim, public=public, winners=summary,
    )  # fmt: skip


@transaction.atomic
def withdraw(contest, actor):
    ResultSnapshot.objects.filter(round__category__contest=contest).delete()
    contest.results_published_at = None
    contest.save(update_fields=["results_published_at"])
    record(contest, actor, AuditEvent.RESULTS_WITHDRAWN)

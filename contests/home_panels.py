"""What waits in contests (see ``core.home``): an entrant's entries and their status,
a judge's entries left to score per contest, a manager's contests and the score
sheets still missing. Judges see codes and titles only (judging is blind)."""

from django.db.models import Count, Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from contests.models import Assignment, Contest, Entry, ScoreSheet
from contests.queue import next_to_score
from contests.roles import is_entrant, is_judge, is_manager
from core import home

_SUBMITTED = ScoreSheet.objects.filter(
    round=OuterRef("round"),
    entry=OuterRef("entry"),
    judge=OuterRef("judge"),
    submitted_at__isnull=False,
)


def _open_assignments():
    return Assignment.objects.filter(round__closed_at__isnull=True).annotate(
        done=Exists(_SUBMITTED)
    )


@home.panel(40)
def my_entries(request):
    if not is_entrant(request.user):
        return None
    entries = Entry.objects.filter(author=request.user).select_related("category__contest")
    latest, count = home.first_items(entries.order_by("-submitted_at", "-pk"))
    url = reverse("contests:my_entries")
    if not latest:
        return None
    return home.Panel(
        key="entries",
        title=_("Your contest entries"),
        count=count,
        items=[
            home.Link(
                f"{entry.code} {entry.title}",
                url,
                detail=(
                    _("Withdrawn")
                    if entry.withdrawn_at
                    else _("Results published")
                    if entry.category.contest.results_published_at
                    else _("Submitted")
                ),
                when=entry.submitted_at,
            )
            for entry in latest
        ],
        more=home.Link(_("All your entries"), url),
    )


@home.panel(41)
def entries_to_score(request):
    """Per contest with an open round: how many of the judge's entries are scored."""
    if not is_judge(request.user):
        return None
    rows = list(
        _open_assignments()
        .filter(judge=request.user)
        .values("round__category__contest_id", "round__category__contest__title")
        .annotate(total=Count("pk"), scored=Count("pk", filter=Q(done=True)))
        .order_by("-round__category__contest__judging_closes")
    )
    url = reverse("contests:judging")
    left = sum(row["total"] - row["scored"] for row in rows)
    following = next_to_score(request.user, timezone.now()) if left else None
    return home.Panel(
        key="judging",
        title=_("Entries left to score"),
        count=left,
        items=[
            home.Link(
                row["round__category__contest__title"],
                url,
                detail=_("%(scored)d of %(total)d scored") % row,
            )
            for row in rows[: home.ITEMS_PER_PANEL]
        ],
        progress=(sum(r["scored"] for r in rows), sum(r["total"] for r in rows)) if rows else None,
        more=home.Link(
            _("Score the next entry: %(code)s") % {"code": following.entry.code},
            reverse("contests:score", args=[following.round_id, following.entry.code]),
        )
        if following
        else home.Link(_("Your judging queue"), url),
        empty=_("No entries are waiting for your scores."),
    )


@home.panel(42)
def contests_to_manage(request):
    """Contests without published results, newest first, with the score sheets still
    missing in their open rounds."""
    if not is_manager(request.user):
        return None
    contests = Contest.objects.filter(results_published_at__isnull=True)
    latest, count = home.first_items(contests.order_by("-submission_opens", "-pk"))
    missing = dict(
        _open_assignments()
        .filter(round__category__contest__in=latest, done=False)
        .values("round__category__contest_id")
        .annotate(n=Count("pk"))
        .values_list("round__category__contest_id", "n")
    )
    return home.Panel(
        key="contests",
        title=_("Contests you manage"),
        count=count,
        items=[
            home.Link(
                contest.title,
                reverse("contests:progress", args=[contest.pk]),
                detail=(
                    _("%(count)d score sheets missing") % {"count": missing[contest.pk]}
                    if missing.get(contest.pk)
                    else _("No score sheet missing")
                ),
            )
            for contest in latest
        ],
        more=home.Link(_("All contests"), reverse("contests:manage")),
        empty=_("No contest is waiting for results."),
    )

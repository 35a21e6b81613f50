"""Managers: contests, judging progress, rounds, assignment, publishing, CSV and audit log."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from contests import rounds
from contests.access import manager_required
from contests.assignment import assign
from contests.auditlog import describe
from contests.forms import AssignForm, NextRoundForm, PublishForm
from contests.models import Assignment, Contest, Entry, Round, ScoreSheet
from portal.people import display_name

CONTESTS_PER_PAGE = 20
EVENTS_PER_PAGE = 50


@manager_required
def contest_list(request):
    contests = Contest.objects.annotate(category_count=Count("categories")).order_by(
        "-submission_opens", "pk"
    )
    page = Paginator(contests, CONTESTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "contests/manage/list.html", {"contests": page})


def _judge_rows(round_ids):
    """{round id: [{judge, assigned, submitted, drafts, missing}]} in two queries."""
    assigned = (
        Assignment.objects.filter(round_id__in=round_ids)
        .values("round_id", "judge_id", "judge__username", "judge__first_name", "judge__last_name")
        .annotate(assigned=Count("pk"))
        .order_by("round_id", "judge__username")
    )
    sheets = (
        ScoreSheet.objects.filter(round_id__in=round_ids)
        .values("round_id", "judge_id")
        .annotate(
            submitted=Count("pk", filter=Q(submitted_at__isnull=False)),
            drafts=Count("pk", filter=Q(submitted_at__isnull=True)),
        )
        .order_by()
    )
    by_key = {(row["round_id"], row["judge_id"]): row for row in sheets}
    rows = {}
    for row in assigned:
        done = by_key.get((row["round_id"], row["judge_id"]), {})
        name = f"{row['judge__first_name']} {row['judge__last_name']}".strip()
        rows.setdefault(row["round_id"], []).append(
            {
                "judge": name or row["judge__username"],
                "assigned": row["assigned"],
                "submitted": done.get("submitted", 0),
                "drafts": done.get("drafts", 0),
                "missing": row["assigned"] - done.get("submitted", 0),
            }
        )
    return rows


@manager_required
def progress(request, contest_id):
    """Entries, rounds and each judge's received and missing scores, per category."""
    contest = get_object_or_404(Contest, pk=contest_id)
    categories = list(
        contest.categories.annotate(
            entry_count=Count("entries", filter=Q(entries__withdrawn_at__isnull=True))
        ).prefetch_related("judges")
    )
    latest = {}
    for round_ in Round.objects.filter(category__contest=contest).annotate(
        entry_count=Count("entries", distinct=True)
    ):
        current = latest.get(round_.category_id)
        if current is None or round_.number > current.number:
            latest[round_.category_id] = round_
    judge_rows = _judge_rows([round_.pk for round_ in latest.values()])
    missing = rounds.missing_sheets([round_.pk for round_ in latest.values()])
    for category in categories:
        category.round = latest.get(category.pk)
        if category.round:
            category.round.judge_rows = judge_rows.get(category.round.pk, [])
            category.round.missing = sum(row["missing"] for row in category.round.judge_rows)
            category.round.missing_entries = missing.get(category.round.pk, [])
    return render(
        request,
        "contests/manage/progress.html",
        {
            "contest": contest,
            "categories": categories,
            "assign_form": AssignForm(),
            "next_form": NextRoundForm(),
            "publish_form": PublishForm(
                initial={
                    "normalise": contest.normalise,
                    "trim": contest.trim,
                    "public": contest.results_public,
                }
            ),
            "all_closed": all(c.round and not c.round.is_open for c in categories),
        },
    )


def _back(contest_id):
    return redirect("contests:progress", contest_id=contest_id)


@require_POST
@manager_required
def start_round(request, contest_id, category_id):
    contest = get_object_or_404(Contest, pk=contest_id)
    category = get_object_or_404(contest.categories, pk=category_id)
    form = NextRoundForm(request.POST)
    top = form.cleaned_data["top"] if form.is_valid() else None
    try:
        round_ = rounds.start_round(category, request.user, top=top)
    except rounds.RoundError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("Round %(number)s of %(category)s started with %(count)s entries.")
            % {"number": round_.number, "category": category.name, "count": round_.entries.count()},
        )
    return _back(contest_id)


@require_POST
@manager_required
def assign_judges(request, round_id):
    round_ = get_object_or_404(Round.objects.select_related("category__contest"), pk=round_id)
    form = AssignForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(str(e) for errors in form.errors.values() for e in errors))
    elif not round_.is_open:
        messages.error(request, _("This round is closed."))
    else:
        per_entry = (
            form.cleaned_data["per_entry"] if form.cleaned_data["mode"] == form.BALANCED else None
        )
        added, short = assign(round_, request.user, per_entry=per_entry)
        messages.success(request, _("%(count)s assignments added.") % {"count": added})
        if short:
            messages.warning(
                request,
                _("Not enough eligible judges for: %(codes)s") % {"codes": ", ".join(short)},
            )
    return _back(round_.category.contest_id)


@manager_required
def close_round(request, round_id):
    """A page that asks first (with the sheets still missing), then closes on POST."""
    round_ = get_object_or_404(Round.objects.select_related("category__contest"), pk=round_id)
    if request.method != "POST":
        return render(
            request,
            "contests/manage/close_round.html",
            {
                "round": round_,
                "contest": round_.category.contest,
                "missing_entries": rounds.missing_sheets([round_.pk]).get(round_.pk, []),
            },
        )
    rounds.close_round(round_, request.user)
    messages.success(
        request, _("Judging closed for %(category)s.") % {"category": round_.category.name}
    )
    return _back(round_.category.contest_id)


@require_POST
@manager_required
def publish(request, contest_id):
    contest = get_object_or_404(Contest, pk=contest_id)
    form = PublishForm(request.POST)
    form.is_valid()
    data = form.cleaned_data
    try:
        rounds.publish(contest, request.user, data["normalise"], data["trim"], data["public"])
    except rounds.RoundError as error:
        messages.error(request, str(error))
        return _back(contest_id)
    messages.success(request, _("Results published."))
    return redirect("contests:results", contest_id=contest.pk)


@require_POST
@manager_required
def withdraw_results(request, contest_id):
    contest = get_object_or_404(Contest, pk=contest_id)
    rounds.withdraw(contest, request.user)
    messages.success(request, _("Results withdrawn: only managers can see them now."))
    return _back(contest_id)


@manager_required
def audit_log(request, contest_id):
    contest = get_object_or_404(Contest, pk=contest_id)
    events = contest.audit_events.select_related("actor__staff_profile")
    page = Paginator(events, EVENTS_PER_PAGE).get_page(request.GET.get("page"))
    for event in page:
        event.line = describe(event)
        event.who = display_name(event.actor) if event.actor else None
    return render(request, "contests/manage/audit.html", {"contest": contest, "events": page})


@manager_required
def entries(request, contest_id):
    """Every entry with its author: for managers only (judges never see this)."""
    contest = get_object_or_404(Contest, pk=contest_id)
    listing = (
        Entry.objects.filter(category__contest=contest)
        .select_related("category", "author__staff_profile__office")
        .order_by("category__sort_order", "code")
    )
    page = Paginator(listing, EVENTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "contests/manage/entries.html", {"contest": contest, "entries": page})

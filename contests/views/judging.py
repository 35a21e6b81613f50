"""Judges: the blind dashboard, the score sheet and conflict-of-interest declarations.

Nothing here reads the author, their profile or the original upload: entries are
shown by code, title and work only.
"""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from contests.access import deny, judge_required
from contests.assignment import declare_conflict
from contests.forms import ConflictForm, ScoreForm
from contests.models import Assignment, ScoreSheet
from contests.sheets import ScoringError, save_sheet, scoring_open

ASSIGNMENTS_PER_PAGE = 50


@judge_required
def dashboard(request):
    """The judge's assigned entries in every round, with the state of each sheet."""
    assignments = (
        Assignment.objects.filter(judge=request.user)
        .select_related("round__category__contest", "entry")
        .order_by("round__closed_at", "round__category__sort_order", "entry__code")
    )
    page = Paginator(assignments, ASSIGNMENTS_PER_PAGE).get_page(request.GET.get("page"))
    sheets = {
        (sheet.round_id, sheet.entry_id): sheet
        for sheet in ScoreSheet.objects.filter(
            judge=request.user,
            round_id__in={a.round_id for a in page},
            entry_id__in={a.entry_id for a in page},
        )
    }
    for assignment in page:
        assignment.sheet = sheets.get((assignment.round_id, assignment.entry_id))
    counts = Assignment.objects.filter(judge=request.user, round__closed_at__isnull=True).count()
    done = ScoreSheet.objects.filter(
        judge=request.user, round__closed_at__isnull=True, submitted_at__isnull=False
    ).count()
    return render(
        request,
        "contests/judge_dashboard.html",
        {"assignments": page, "open_count": counts, "done_count": done},
    )


def _assignment(request, round_id, code):
    """The signed-in judge's assignment, or None when the entry is not on their list."""
    return (
        Assignment.objects.select_related("round__category__contest", "entry", "judge")
        .filter(round_id=round_id, entry__code=code, judge=request.user)
        .first()
    )


def _not_assigned(request):
    return deny(request, _("This entry is not on your judging list."))


@judge_required
def score(request, round_id, code):
    assignment = _assignment(request, round_id, code)
    if assignment is None:
        return _not_assigned(request)
    criteria = list(assignment.round.category.criteria.all())
    sheet = (
        ScoreSheet.objects.filter(round_id=round_id, entry=assignment.entry, judge=request.user)
        .prefetch_related("scores__criterion")
        .first()
    )
    initial = {}
    if sheet is not None:
        initial["comment"] = sheet.comment
        for saved in sheet.scores.all():
            initial[f"criterion-{saved.criterion_id}"] = saved.value
    form = ScoreForm(request.POST or None, initial=initial, criteria=criteria)
    is_open = scoring_open(assignment.round)
    if request.method == "POST" and form.is_valid():
        submit = "submit" in request.POST
        try:
            save_sheet(assignment, form.values(), form.cleaned_data["comment"], submit=submit)
        except ScoringError as error:
            form.add_error(None, str(error))
        else:
            if submit:
                messages.success(
                    request, _("Scores for %(code)s submitted.") % {"code": assignment.entry.code}
                )
                return redirect("contests:judging")
            messages.success(request, _("Draft saved."))
            return redirect(request.path)
    return render(
        request,
        "contests/score.html",
        {
            "assignment": assignment,
            "entry": assignment.entry,
            "form": form,
            "sheet": sheet,
            "is_open": is_open,
        },
    )


@judge_required
def conflict(request, round_id, code):
    assignment = _assignment(request, round_id, code)
    if assignment is None:
        return _not_assigned(request)
    form = ConflictForm(request.POST or None)
    is_open = scoring_open(assignment.round)
    if request.method == "POST" and is_open and form.is_valid():
        declare_conflict(assignment, form.cleaned_data["reason"])
        messages.success(
            request,
            _("Conflict declared: %(code)s has been removed from your list.")
            % {"code": assignment.entry.code},
        )
        return redirect("contests:judging")
    return render(
        request,
        "contests/conflict.html",
        {"assignment": assignment, "form": form, "is_open": is_open},
    )

"""Judges: the blind dashboard, the score sheet and conflict-of-interest declarations.

Nothing here reads the author, their profile or the original upload: entries are
shown by code, title and work only.
"""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from contests import queue, scoring
from contests.access import deny, judge_required
from contests.assignment import declare_conflict
from contests.forms import ConflictForm, ScoreForm
from contests.models import Assignment, ScoreSheet
from contests.sheets import ScoringError, save_sheet, scoring_open

ASSIGNMENTS_PER_PAGE = 50


@judge_required
def dashboard(request):
    """The judge's queue: entries to score first, then drafts, then submitted."""
    page = Paginator(queue.queue(request.user), ASSIGNMENTS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    done, assigned = queue.progress(request.user)
    first = queue.next_to_score(request.user, timezone.now())
    return render(
        request,
        "contests/judge_dashboard.html",
        {"assignments": page, "open_count": assigned, "done_count": done, "first": first},
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


def _initial(sheet):
    if sheet is None:
        return {}
    initial = {"comment": sheet.comment}
    for saved in sheet.scores.all():
        initial[ScoreForm.key(saved.criterion)] = scoring.as_typed(saved.value)
    return initial


@judge_required
def score(request, round_id, code):
    """The score sheet. "Submit and next" goes straight to the next entry waiting."""
    assignment = _assignment(request, round_id, code)
    if assignment is None:
        return _not_assigned(request)
    criteria = list(assignment.round.category.criteria.all())
    sheet = (
        ScoreSheet.objects.filter(round_id=round_id, entry=assignment.entry, judge=request.user)
        .prefetch_related("scores__criterion")
        .first()
    )
    form = ScoreForm(request.POST or None, initial=_initial(sheet), criteria=criteria)
    is_open = scoring_open(assignment.round)
    following = queue.next_to_score(request.user, timezone.now(), after=assignment)
    if request.method == "POST" and form.is_valid():
        submit = "submit" in request.POST
        try:
            save_sheet(assignment, form.values(), form.cleaned_data["comment"], submit=submit)
        except ScoringError as error:
            form.add_error(None, str(error))
        else:
            if not submit:
                messages.success(request, _("Draft saved."))
                return redirect(request.path)
            messages.success(
                request, _("Scores for %(code)s submitted.") % {"code": assignment.entry.code}
            )
            if request.POST["submit"] == "next" and following is not None:
                return redirect("contests:score", following.round_id, following.entry.code)
            return redirect("contests:judging")
    return render(
        request,
        "contests/score.html",
        {
            "assignment": assignment,
            "entry": assignment.entry,
            "form": form,
            "sheet": sheet,
            "is_open": is_open,
            "following": following,
            "total": _shown_total(form, criteria, sheet),
        },
    )


def _shown_total(form, criteria, sheet):
    """The weighted total of the scores on the form, as the server computes it:
    the posted values when they are all valid, else the saved sheet's total."""
    if form.is_bound:
        values = form.values() if hasattr(form, "cleaned_data") else {}
        if any(values.get(c) is None for c in criteria):
            return None
        return scoring.weighted_total(
            {c.pk: float(values[c]) for c in criteria},
            [(c.pk, c.weight, c.scale_max) for c in criteria],
        )
    return sheet.total if sheet is not None else None


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

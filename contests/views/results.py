"""The results of a contest, per category: public only if the manager chose so."""

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render

from contests import charts, scoring
from contests.access import can_see_results, deny, is_manager
from contests.models import Contest, Entry, ResultSnapshot
from contests.results import snapshot_data
from contests.rounds import latest_round

ROWS_PER_PAGE = 100


def overview(request, contest_id):
    contest = get_object_or_404(Contest, pk=contest_id)
    first = contest.categories.first()
    if first is None:
        raise Http404
    return redirect("contests:results_category", contest_id=contest.pk, category_id=first.pk)


def category_results(request, contest_id, category_id):
    contest = get_object_or_404(Contest, pk=contest_id)
    if not can_see_results(request.user, contest):
        return deny(request)
    categories = list(contest.categories.all())
    category = next((c for c in categories if c.pk == category_id), None)
    if category is None:
        raise Http404
    snapshot = ResultSnapshot.objects.filter(round__category=category).first()
    preview = snapshot is None or not contest.results_published
    if preview:
        if not is_manager(request.user):
            raise Http404
        round_ = latest_round(category)
        data = snapshot_data(round_, contest) if round_ else None
    else:
        data = snapshot.data
    rows = data["rows"] if data else []
    awarded = [row for row in rows if row["award"]]
    works = Entry.objects.select_related("author").in_bulk([row["entry"] for row in awarded])
    for row in awarded:
        row["work"] = works.get(row["entry"])
    return render(
        request,
        "contests/results.html",
        {
            "contest": contest,
            "category": category,
            "categories": categories,
            "data": data,
            "rows": Paginator(rows, ROWS_PER_PAGE).get_page(request.GET.get("page")),
            "awarded": awarded,
            "preview": preview,
            "judges_chart": charts.judge_distributions(data["judge_totals"]) if data else "",
            "ranking_chart": charts.ranking_bars(rows) if rows else "",
            "display_mean": scoring.DISPLAY_MEAN,
            "display_sd": scoring.DISPLAY_SD,
            "trim_min": scoring.TRIM_MIN,
        },
    )

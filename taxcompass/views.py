"""A signed-in citizen's saved estimates: save, list, open again, delete.

Only the owner ever sees an estimate: anyone else gets the 404 of an estimate
that does not exist.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext
from django.views.decorators.http import require_GET, require_POST
from wagtail.models import Locale

from taxcompass import estimating
from taxcompass.models.estimates import NAME_MAX_LENGTH, SavedEstimate
from taxcompass.models.pages import TaxCompassPage
from taxcompass.page_context import answer_context


def _compass_page():
    return TaxCompassPage.objects.live().filter(locale=Locale.get_active()).first()


def _reopen_url(page, estimate):
    if page is None:
        return ""
    query = QueryDict(mutable=True)
    query.update(estimate.inputs)
    return f"{page.url}?{query.urlencode()}"


@login_required
@require_POST
def save_estimate(request):
    outcome = estimating.run(request.POST)
    if outcome.answer is None:
        return render(request, "taxcompass/not_saved.html", {"form": outcome.form}, status=400)
    inputs = estimating.entered(outcome.form)
    name = request.POST.get("name", "").strip()[:NAME_MAX_LENGTH]
    # A double click saves once.
    estimate, _created = SavedEstimate.objects.get_or_create(
        owner=request.user,
        name=name,
        inputs=inputs,
        defaults={
            "tax_year": outcome.answer.tax_year,
            "tax": outcome.answer.tax,
            "balance": outcome.answer.balance,
        },
    )
    messages.success(request, gettext("Your estimate is saved. Only you can see it."))
    return redirect("taxcompass:estimate", pk=estimate.pk)


@login_required
@require_GET
def my_estimates(request):
    page = _compass_page()
    estimates = SavedEstimate.objects.filter(owner=request.user)
    rows = [(estimate, _reopen_url(page, estimate)) for estimate in estimates]
    return render(request, "taxcompass/my_estimates.html", {"rows": rows, "compass": page})


@login_required
@require_GET
def saved_estimate(request, pk):
    estimate = get_object_or_404(SavedEstimate, pk=pk, owner=request.user)
    outcome = estimating.run(estimate.inputs)
    context = {"estimate": estimate, "form": outcome.form, "compass": _compass_page()}
    context["reopen_url"] = _reopen_url(context["compass"], estimate)
    if outcome.answer is not None:
        context.update(answer_context(outcome))
    return render(request, "taxcompass/saved_estimate.html", context)


@login_required
@require_POST
def delete_estimate(request, pk):
    get_object_or_404(SavedEstimate, pk=pk, owner=request.user).delete()
    messages.success(request, gettext("The estimate is deleted."))
    return redirect("taxcompass:my_estimates")

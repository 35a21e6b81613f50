"""Entrants: submit, edit and withdraw entries; see their own entries' status."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from contests import entries
from contests.access import entrant_required
from contests.forms import EntryForm
from contests.models import Category, Entry, ResultSnapshot

ENTRIES_PER_PAGE = 20


def _save(request, form, action):
    """Run ``action`` (a function of the cleaned data); return True when it succeeded."""
    if not form.is_valid():
        return False
    data = form.cleaned_data
    try:
        action(data["title"], data.get("text", ""), data.get("logo"))
    except entries.EntryError as error:
        form.add_error(None, str(error))
        return False
    return True


@entrant_required
def submit(request, category_id):
    category = get_object_or_404(Category.objects.select_related("contest"), pk=category_id)
    form = EntryForm(request.POST or None, request.FILES or None, category=category)
    if request.method == "POST":

        def create(title, text, logo):
            token = form.cleaned_data.get("token")
            entries.submit(category, request.user, title, text, logo, token=token)

        if _save(request, form, create):
            messages.success(request, _("Your entry has been received."))
            return redirect("contests:my_entries")
    return render(
        request,
        "contests/entry_form.html",
        {
            "form": form,
            "category": category,
            "open": category.contest.submissions_open(),
            "now": timezone.now(),
        },
    )


def _own_entry(request, code):
    return get_object_or_404(
        Entry.objects.select_related("category__contest"),
        code=code,
        author=request.user,
        withdrawn_at__isnull=True,
    )


@entrant_required
def edit(request, code):
    entry = _own_entry(request, code)
    initial = {"title": entry.title, "text": entry.text}
    form = EntryForm(
        request.POST or None, request.FILES or None, initial=initial,
        category=entry.category, editing=True,
    )  # fmt: skip
    if request.method == "POST":

        def change(title, text, logo):
            entries.update(entry, title, text, logo)

        if _save(request, form, change):
            messages.success(request, _("Your entry has been updated."))
            return redirect("contests:my_entries")
    return render(
        request,
        "contests/entry_form.html",
        {
            "form": form,
            "category": entry.category,
            "entry": entry,
            "open": entry.category.contest.submissions_open(),
            "now": timezone.now(),
        },
    )


@require_POST
@entrant_required
def withdraw(request, code):
    entry = get_object_or_404(
        Entry.objects.select_related("category__contest"), code=code, author=request.user
    )
    try:
        entries.withdraw(entry)
    except entries.EntryError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Your entry has been withdrawn."))
    return redirect("contests:my_entries")


@entrant_required
def my_entries(request):
    """The signed-in person's entries; ranks and awards only once results are published."""
    mine = (
        Entry.objects.filter(author=request.user)
        .select_related("category__contest")
        .order_by("-submitted_at", "pk")
    )
    page = Paginator(mine, ENTRIES_PER_PAGE).get_page(request.GET.get("page"))
    published = {}
    snapshots = ResultSnapshot.objects.filter(
        round__category__in={entry.category_id for entry in page},
        round__category__contest__results_published_at__isnull=False,
    ).select_related("round")
    for snapshot in snapshots:
        for row in snapshot.data["rows"]:
            published[row["entry"]] = row
    for entry in page:
        entry.result = published.get(entry.pk)
    return render(request, "contests/my_entries.html", {"entries": page})

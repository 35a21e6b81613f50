"""The index pages' listing: facet filters, Thai A-Z order and pagination."""

from itertools import groupby
from operator import attrgetter

from django.core.paginator import Paginator
from django.utils import timezone

from manuals.collation import index_letter, key_noun, letter_sort_key, thai_sort_key
from manuals.forms import IndexFilterForm

ENTRIES_PER_PAGE = 20


def build_listing(pages, request):
    """Template context for a queryset of live child pages (one query).

    Titles are sorted in Python with the Thai collation key (the database's own
    order puts เงิน before คำ), by their key noun, under which the A-Z files them.
    """
    form = IndexFilterForm(request.GET)
    filters = form.filters()
    entries = sorted(pages.filter(**filters).defer_streamfields(), key=_title_key)
    for entry in entries:
        entry.az_letter = index_letter(key_noun(entry.title))
    letters = sorted({entry.az_letter for entry in entries}, key=letter_sort_key)
    letter = form.letter_value()
    if letter:
        entries = [entry for entry in entries if entry.az_letter == letter]
    page_obj = Paginator(entries, ENTRIES_PER_PAGE).get_page(request.GET.get("page"))
    return {
        "filter_form": form,
        "letters": letters,
        "current_letter": letter,
        "entries": page_obj,
        "groups": [
            (heading, list(items))
            for heading, items in groupby(page_obj.object_list, key=attrgetter("az_letter"))
        ],
        "filtered": bool(filters or letter),
        "today": timezone.localdate(),
    }


def _title_key(page):
    return thai_sort_key(key_noun(page.title)), thai_sort_key(page.title)

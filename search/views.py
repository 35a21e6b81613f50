"""The portal-wide search page and its suggest-as-you-type endpoint."""

import logging

from django.conf import settings
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.html import strip_tags
from django.utils.translation import get_language
from django.views.decorators.http import require_GET
from elastic_transport import TransportError
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from portal.privacy import viewable_by
from search.forms import SearchForm
from search.highlight import snippet
from search.registry import label_for, searchable_types
from search.text.segmentation import highlight_terms

logger = logging.getLogger(__name__)

RESULTS_PER_PAGE = 10
SUGGESTIONS = 8


# Errors that mean the search engine itself is unreachable.
SEARCH_OUTAGE_ERRORS = (ConnectionError, TimeoutError, TransportError)


def _searchable_pages(request, form):
    pages = Page.objects.live().exclude(depth__lte=1)
    types = searchable_types()
    chosen = form.cleaned_data.get("type")
    models = [types[chosen].model] if chosen in types else [t.model for t in types.values()]
    pages = pages.type(*models)
    language = form.cleaned_data.get("lang") or get_language()
    if language != "all":
        locale = Locale.objects.filter(language_code=language).first()
        pages = pages.filter(locale=locale) if locale else pages.none()
    return viewable_by(pages, request.user)


def _run(query, pages, operation="search"):
    """Search with the default backend, or the fallback one when it is down.

    Returns (results page-able object, whether the fallback was used).
    """
    backend = get_search_backend("default")
    try:
        results = getattr(backend, operation)(query, pages)
        results.count()  # evaluate now so an outage surfaces here
        return results, False
    except SEARCH_OUTAGE_ERRORS:
        if "fallback" not in settings.WAGTAILSEARCH_BACKENDS:
            raise
        logger.warning("Search backend unreachable; using the fallback backend", exc_info=True)
        results = getattr(get_search_backend("fallback"), operation)(query, pages)
        return results, True


def _text_of(page):
    """Plain text for a snippet, from the fields pages commonly have (no rendering)."""
    pieces = [page.search_description, getattr(page, "intro", "")]
    body = getattr(page, "body", None)
    if body is not None:
        pieces.extend(_strings(list(body.raw_data)))
    return " ".join(strip_tags(str(piece)) for piece in pieces if piece)


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in ("type", "id", "level", "style"):
                yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


SECTION_PATH_LENGTH = 3 * Page.steplen  # top-level sections sit at depth 3


def _results(found, terms, request):
    """Display data for one page of hits: 3 queries whatever the page size."""
    ids = [page.pk for page in found]
    pages = Page.objects.filter(pk__in=ids).specific()
    locales = {locale.id: locale for locale in Locale.objects.all()}
    by_id = {page.pk: page for page in pages}
    section_paths = {page.path[:SECTION_PATH_LENGTH] for page in pages if page.depth > 3}
    sections = dict(Page.objects.filter(path__in=section_paths).values_list("path", "title"))
    results = []
    for page in (by_id[pk] for pk in ids if pk in by_id):
        locale = locales[page.locale_id]
        results.append(
            {
                "title": page.title,
                "url": page.get_url(request),
                "type": label_for(type(page)),
                "section": sections.get(page.path[:SECTION_PATH_LENGTH], ""),
                "language": locale.get_display_name(),
                "language_code": locale.language_code,
                "date": page.last_published_at,
                "snippet": snippet(_text_of(page), terms),
            }
        )
    return results


def _promotions(query, pages):
    promoted = query.editors_picks.filter(page__in=pages).select_related("page")
    return [promotion for promotion in promoted if promotion.page]


def _suggest_words(terms, pages):
    """For a query without results: the single words that do have results."""
    if len(terms) < 2:
        return []
    backend = get_search_backend("default")
    return [term for term in terms if backend.search(term, pages).count()][:3]


@require_GET
def search(request):
    form = SearchForm(request.GET)
    form.is_valid()
    query = form.cleaned_data.get("q", "")
    context = {"form": form, "query": query, "truncated": getattr(form, "truncated", False)}
    if query:
        logged = Query.get(query)
        logged.add_hit()
        pages = _searchable_pages(request, form)
        results, fell_back = _run(query, pages)
        paginator = Paginator(results, RESULTS_PER_PAGE)
        page_obj = paginator.get_page(request.GET.get("page"))
        context.update(
            page_obj=page_obj,
            results=_results(page_obj.object_list, highlight_terms(query), request),
            count=paginator.count,
            fell_back=fell_back,
            promotions=_promotions(logged, pages) if page_obj.number == 1 else [],
            suggestions=[] if paginator.count else _suggest_words(query.split(), pages),
        )
    return render(request, "search/search.html", context)


@require_GET
def suggest(request):
    """Titles matching what has been typed so far, for the search box."""
    form = SearchForm(request.GET)
    form.is_valid()
    query = form.cleaned_data.get("q", "")
    if len(query) < 2:
        return JsonResponse({"suggestions": []})
    results, _ = _run(query, _searchable_pages(request, form), operation="autocomplete")
    return JsonResponse(
        {
            "suggestions": [
                {"title": page.title, "url": page.get_url(request)}
                for page in results[:SUGGESTIONS]
            ]
        }
    )

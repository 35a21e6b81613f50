"""The portal-wide search page and its suggest-as-you-type endpoint."""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.html import strip_tags
from django.utils.translation import get_language
from django.views.decorators.http import require_GET
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from core import site_version
from core.privacy import viewable_by
from search import synonyms, vocabulary
from search.engine import Searcher
from search.forgiving import ForgivingResults, forgive
from search.forms import SearchForm
from search.highlight import snippet
from search.registry import label_for, searchable_models, searchable_types
from search.terms import record_search
from search.text.segmentation import highlight_terms

RESULTS_PER_PAGE = 10
SUGGESTIONS = 8
EXTRA_RESULTS = 5  # hits of each non-page model shown beside the page results
SUGGESTED_WORDS = 3  # "did you mean" offers at most this many words ...
SUGGESTION_CANDIDATES = 5  # ... from this many of the query's longest words


def _searchable_pages(request, form, language=None):
    pages = Page.objects.live().exclude(depth__lte=1)
    types = searchable_types()
    chosen = form.cleaned_data.get("type")
    models = [types[chosen].model] if chosen in types else [t.model for t in types.values()]
    pages = pages.type(*models)
    language = language or form.cleaned_data.get("lang") or get_language()
    if language != "all":
        locale = _locales(request).get(language)
        pages = pages.filter(locale=locale) if locale else pages.none()
    return viewable_by(pages, request.user)


def _locales(request):
    """{language code: Locale}, read once per request."""
    if not hasattr(request, "search_locales"):
        request.search_locales = {locale.language_code: locale for locale in Locale.objects.all()}
    return request.search_locales


SNIPPET_FIELDS = ("intro", "body")  # of the specific page, beside search_description


def _snippet_fields(pages):
    """{pk: {field: value}} of ``SNIPPET_FIELDS`` for base ``pages``: one query per
    page type that has any of them, reading only those columns (not the whole page)."""
    by_type = {}
    for page in pages:
        by_type.setdefault(page.content_type_id, []).append(page.pk)
    found = {}
    for content_type_id, ids in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        names = [name for name in SNIPPET_FIELDS if model and _has_field(model, name)]
        if not names:
            continue
        for row in model.objects.filter(pk__in=ids).values("pk", *names):
            found[row.pop("pk")] = row
    return found


def _has_field(model, name):
    try:
        model._meta.get_field(name)
    except (AttributeError, FieldDoesNotExist):
        return False
    return True


def _text_of(page, fields):
    """Plain text for a snippet, from the fields pages commonly have (no rendering)."""
    pieces = [page.search_description, fields.get("intro", "")]
    body = fields.get("body")
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
    """Display data for one page of hits (base pages, as the search returns them):
    a query per page type among them, and one for their sections, whatever the
    page size.

    The section is left out where it repeats the type, and the language where it
    is the page's own.
    """
    pages = list(found)
    fields = _snippet_fields(pages)
    locales = {locale.id: locale for locale in _locales(request).values()}
    section_paths = {page.path[:SECTION_PATH_LENGTH] for page in pages if page.depth > 3}
    sections = dict(Page.objects.filter(path__in=section_paths).values_list("path", "title"))
    results = []
    for page in pages:
        locale = locales[page.locale_id]
        kind = label_for(page.specific_class)
        section = sections.get(page.path[:SECTION_PATH_LENGTH], "")
        results.append(
            {
                "title": page.title,
                "url": page.get_url(request),
                "type": kind,
                "section": "" if str(section) == str(kind) else section,
                "language": locale.get_display_name()
                if locale.language_code != get_language()
                else "",
                "language_code": locale.language_code,
                "date": page.last_published_at,
                "snippet": snippet(_text_of(page, fields.get(page.pk, {})), terms),
            }
        )
    return results


def _promotions(query, pages):
    promoted = SearchPromotion.objects.filter(
        query__query_string=normalise_query_string(query), page__in=pages
    ).select_related("page")
    return [promotion for promotion in promoted if promotion.page]


def _suggest_words(searcher, query, pages):
    """For a query of several words without results: the words that do have results.

    Only the longest few distinct words are tried (one count each), so a long query
    costs no more than a short one.
    """
    words = list(dict.fromkeys(query.split()))
    if len(words) < 2:
        return []
    candidates = set(sorted(words, key=len, reverse=True)[:SUGGESTION_CANDIDATES])
    found = []
    for word in (word for word in words if word in candidates):
        if searcher.search(word, pages).count():
            found.append(word)
            if len(found) == SUGGESTED_WORDS:
                break
    return found


class TieredResults:
    """Search results from several querysets, listed tier after tier (for Paginator)."""

    def __init__(self, tiers):
        self.tiers = tiers
        self.sizes = [tier.count() for tier in tiers]

    def count(self):
        return sum(self.sizes)

    def __len__(self):
        return self.count()

    def __getitem__(self, key):
        start, stop = (key.start or 0, key.stop) if isinstance(key, slice) else (key, key + 1)
        stop = self.count() if stop is None else stop
        hits = []
        for tier, size in zip(self.tiers, self.sizes, strict=True):
            if start < size and stop > 0:
                hits.extend(tier[max(start, 0) : min(stop, size)])
            start, stop = start - size, stop - size
        return hits if isinstance(key, slice) else hits[0]


def _models_for(user):
    """{key: (registered model, querysets)} for the non-page models ``user`` may search."""
    found = {}
    for key, searchable in searchable_models().items():
        querysets = searchable.querysets(user)
        if querysets:
            found[key] = (searchable, querysets)
    return found


def _search_model(searcher, query, querysets, operation="search"):
    return TieredResults([searcher.search(query, queryset, operation) for queryset in querysets])


def _extras(searcher, query, models, terms, request, rows=True):
    """For "Everything": each non-page model's hit count, with its best few hits
    when ``rows``."""
    extras = []
    for key, (searchable, querysets) in models.items():
        found = _search_model(searcher, query, querysets)
        if found.count():
            described = searchable.describe(found[:EXTRA_RESULTS], terms, request) if rows else []
            extras.append(
                {
                    "key": key,
                    "label": searchable.label,
                    "count": found.count(),
                    "results": described,
                }
            )
    return extras


def _forgiven(query):
    return forgive(query, vocabulary.current(site_version.current()), synonyms.groups())


def _page_results(searcher, forgiven, pages):
    """(results, relaxed): the typed query's hits, then its corrections' and
    synonyms'; if none, those of the query less one word (``relaxed``)."""
    wider = forgiven.wider()
    results = ForgivingResults(
        searcher.search(forgiven.typed, pages), wider and searcher.search(wider, pages)
    )
    relaxed = forgiven.relaxed()
    if results.count() or relaxed is None:
        return results, False
    return ForgivingResults(searcher.search(relaxed, pages)), True


def _has_hits(searcher, query, pages, chosen):
    if chosen:
        return bool(_search_model(searcher, query, chosen[1]).count())
    return bool(searcher.search(query, pages).count())


def _in_thai(searcher, query, request, form):
    """Thai hits for a Thai query on a page in another language: their count, or 0."""
    if get_language() == "th" or form.cleaned_data.get("lang") in ("th", "all"):
        return 0
    if not any("\u0e01" <= char <= "\u0e2e" for char in query):
        return 0
    return searcher.search(query, _searchable_pages(request, form, language="th")).count()


@require_GET
def search(request):
    form = SearchForm(request.GET)
    models = _models_for(request.user)
    form.fields["type"].choices += [(key, found[0].label) for key, found in models.items()]
    form.is_valid()
    query = form.cleaned_data.get("q", "")
    context = {"form": form, "query": query, "truncated": getattr(form, "truncated", False)}
    if query:
        record_search(request, query)
        searcher = Searcher()
        forgiven = _forgiven(query)
        searched = forgiven.wider() or query
        terms = highlight_terms(" ".join(forgiven.alternatives))
        chosen = models.get(form.cleaned_data.get("type"))
        relaxed = False
        if chosen:
            results = _search_model(searcher, searched, chosen[1])
            pages = None
        else:
            pages = _searchable_pages(request, form)
            results, relaxed = _page_results(searcher, forgiven, pages)
        paginator = Paginator(results, RESULTS_PER_PAGE)
        page_obj = paginator.get_page(request.GET.get("page"))
        first = page_obj.number == 1
        if chosen:
            rows = chosen[0].describe(page_obj.object_list, terms, request)
        else:
            rows = _results(page_obj.object_list, terms, request)
        extras = [] if chosen else _extras(searcher, searched, models, terms, request, first)
        corrected = forgiven.corrected
        context.update(
            page_obj=page_obj,
            results=rows,
            count=paginator.count,
            total=paginator.count + sum(extra["count"] for extra in extras),
            relaxed=relaxed,
            promotions=_promotions(query, pages) if first and pages is not None else [],
            extras=extras if first else [],
            corrected=corrected
            if corrected and _has_hits(searcher, corrected, pages, chosen)
            else "",
            suggestions=[]
            if (paginator.count and not relaxed) or pages is None
            else _suggest_words(searcher, query, pages),
            in_thai=_in_thai(searcher, query, request, form),
        )
        context["fell_back"] = searcher.fell_back
    return render(request, "search/search.html", context)


@require_GET
def suggest(request):
    """Titles matching what has been typed so far, for the search box."""
    form = SearchForm(request.GET)
    form.is_valid()
    query = form.cleaned_data.get("q", "")
    if len(query) < 2:
        return JsonResponse({"suggestions": []})
    searcher = Searcher()
    results = searcher.search(query, _searchable_pages(request, form), operation="autocomplete")
    suggestions = [
        {"title": page.title, "url": page.get_url(request)} for page in results[:SUGGESTIONS]
    ]
    for searchable, querysets in _models_for(request.user).values():
        room = SUGGESTIONS - len(suggestions)
        if room > 0:
            found = _search_model(searcher, query, querysets, operation="autocomplete")
            rows = searchable.describe(found[:room], [], request)
            suggestions += [{"title": row["title"], "url": row["url"]} for row in rows]
    return JsonResponse({"suggestions": suggestions})

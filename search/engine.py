"""Searching with the configured engine, or with the database while the engine is down.

Every search of a request goes through one :class:`Searcher`. The first error that
means the engine cannot answer (see :func:`is_outage`) is logged (once) and moves that request's
searches, the one that failed included, to the database backend: the backend named
``fallback`` in ``WAGTAILSEARCH_BACKENDS``, else the Thai database backend.
"""

import logging

import elastic_transport
import opensearchpy
from django.conf import settings
from django.utils.functional import cached_property
from wagtail.search.backends import get_search_backend

logger = logging.getLogger("kmsite.search")

#: Errors that mean the search engine itself is unreachable (Elasticsearch's
#: client raises ``elastic_transport.TransportError`` subclasses for these,
#: OpenSearch's ``opensearchpy.ConnectionError`` and its subclasses).
UNREACHABLE_ERRORS = (
    ConnectionError,
    TimeoutError,
    elastic_transport.TransportError,
    opensearchpy.ConnectionError,
)


def is_outage(error):
    """Whether ``error`` means the engine cannot answer: unreachable, or reachable
    but failing (an HTTP 5xx, as a red cluster answers). A 4xx is a bug of ours
    and is not hidden by falling back."""
    if isinstance(error, UNREACHABLE_ERRORS):
        return True
    if isinstance(error, elastic_transport.ApiError):
        status = error.meta.status
    elif isinstance(error, opensearchpy.TransportError):
        status = error.status_code
    else:
        return False
    return isinstance(status, int) and status >= 500


DATABASE_BACKEND = "search.backends.thai"

#: A query string finds what has every one of its words, on every backend: the
#: database backends' default, where the engines' is any word.
OPERATOR = "and"

#: Hits read with the count (one page of the search page's results).
HEAD = 10


class Searcher:
    """The searches of one request; ``fell_back`` says whether the engine failed."""

    def __init__(self):
        self.fell_back = False

    def search(self, query, queryset, operation="search"):
        """Hits for ``query`` among ``queryset``; ``operation`` is "search" or "autocomplete"."""
        return Hits(self, query, queryset, operation)

    @cached_property
    def _engine(self):
        return get_search_backend("default")

    @cached_property
    def _database(self):
        if "fallback" in settings.WAGTAILSEARCH_BACKENDS:
            return get_search_backend("fallback")
        return get_search_backend(DATABASE_BACKEND)

    def backend(self):
        """The backend this request's searches use now."""
        return self._database if self.fell_back else self._engine

    def fall_back(self):
        """Move to the database backend; call it from the ``except`` that caught the outage."""
        if not self.fell_back:
            logger.warning(
                "Search engine unreachable; searching the database instead",
                exc_info=True,
                extra={"event": "search.fallback"},
            )
            self.fell_back = True


class Hits:
    """Lazy search results (counted and sliced like a queryset, for ``Paginator``) that
    are read again from the database backend if the engine fails while reading them."""

    def __init__(self, searcher, query, queryset, operation):
        self.searcher = searcher
        self.query, self.queryset, self.operation = query, queryset, operation
        self._results = {}  # per backend in use: {fell_back: results}
        self._heads = {}  # per backend in use: its first HEAD + 1 hits

    def _current_results(self):
        fell_back = self.searcher.fell_back
        if fell_back not in self._results:
            run = getattr(self.searcher.backend(), self.operation)
            self._results[fell_back] = run(self.query, self.queryset, operator=OPERATOR)
        return self._results[fell_back]

    def _read(self, read):
        if not self.searcher.fell_back:
            try:
                return read(self._current_results())
            except Exception as error:
                if not is_outage(error):
                    raise
                self.searcher.fall_back()
        return read(self._current_results())

    def count(self):
        """The number of hits: read with the first ``HEAD`` + 1 of them (one query
        for both when there are at most ``HEAD``, as on most searches), else counted."""
        head = self._head()
        if len(head) <= HEAD:
            return len(head)
        return self._read(lambda results: results.count())

    def _head(self):
        head = self._heads.get(self.searcher.fell_back)
        if head is None:
            head = self._read(lambda results: list(results[: HEAD + 1]))
            self._heads[self.searcher.fell_back] = head
        return head

    def __len__(self):
        return self.count()

    def __getitem__(self, key):
        head = self._heads.get(self.searcher.fell_back)
        if isinstance(key, slice):
            start, stop = key.start or 0, key.stop
            read = head is not None and key.step is None and start >= 0
            if read and (len(head) <= HEAD or (stop is not None and 0 <= stop <= len(head))):
                return head[start:stop]
            return self._read(lambda results: list(results[key]))
        return self._read(lambda results: results[key])

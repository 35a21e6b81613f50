"""Thai-aware variant of modelsearch's OpenSearch backend (see :mod:`.engines`).

Built on modelsearch's ``opensearch3`` classes, which call the client with
keyword arguments only, as ``opensearch-py`` 3.x requires (the ``opensearch2``
ones pass some positionally). Works with OpenSearch 2.x and 3.x servers.
"""

from functools import partial

from modelsearch.backends.opensearch3 import (
    OpenSearch3AutocompleteQueryCompiler,
    OpenSearch3Mapping,
    OpenSearch3SearchBackend,
    OpenSearch3SearchQueryCompiler,
)

from .engines import ThaiBackendMixin, ThaiMappingMixin, ThaiQueryMixin, backend_settings


class ThaiOpenSearchMapping(ThaiMappingMixin, OpenSearch3Mapping):
    pass


class ThaiOpenSearchQueryCompiler(ThaiQueryMixin, OpenSearch3SearchQueryCompiler):
    mapping_class = ThaiOpenSearchMapping


class ThaiOpenSearchAutocompleteQueryCompiler(ThaiQueryMixin, OpenSearch3AutocompleteQueryCompiler):
    mapping_class = ThaiOpenSearchMapping
    AUTOCOMPLETE = True


class ThaiOpenSearchBackend(ThaiBackendMixin, OpenSearch3SearchBackend):
    mapping_class = ThaiOpenSearchMapping
    query_compiler_class = ThaiOpenSearchQueryCompiler
    autocomplete_query_compiler_class = ThaiOpenSearchAutocompleteQueryCompiler


SearchBackend = ThaiOpenSearchBackend

#: ``opensearch_settings(url, index_prefix="", **client_options)``: a
#: ``WAGTAILSEARCH_BACKENDS`` entry for this backend.
opensearch_settings = partial(backend_settings, "search.backends.opensearch")

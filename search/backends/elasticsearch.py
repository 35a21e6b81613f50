"""Thai-aware variant of modelsearch's Elasticsearch 8 backend (see :mod:`.engines`).

Needs the ``elasticsearch`` 8.x client.
"""

from functools import partial

from modelsearch.backends.elasticsearch8 import (
    Elasticsearch8AutocompleteQueryCompiler,
    Elasticsearch8Mapping,
    Elasticsearch8SearchBackend,
    Elasticsearch8SearchQueryCompiler,
)

from .engines import ThaiBackendMixin, ThaiMappingMixin, ThaiQueryMixin, backend_settings


class ThaiElasticsearch8Mapping(ThaiMappingMixin, Elasticsearch8Mapping):
    pass


class ThaiElasticsearch8SearchQueryCompiler(ThaiQueryMixin, Elasticsearch8SearchQueryCompiler):
    mapping_class = ThaiElasticsearch8Mapping


class ThaiElasticsearch8AutocompleteQueryCompiler(
    ThaiQueryMixin, Elasticsearch8AutocompleteQueryCompiler
):
    mapping_class = ThaiElasticsearch8Mapping
    AUTOCOMPLETE = True


class ThaiElasticsearch8SearchBackend(ThaiBackendMixin, Elasticsearch8SearchBackend):
    mapping_class = ThaiElasticsearch8Mapping
    query_compiler_class = ThaiElasticsearch8SearchQueryCompiler
    autocomplete_query_compiler_class = ThaiElasticsearch8AutocompleteQueryCompiler


SearchBackend = ThaiElasticsearch8SearchBackend

#: ``elasticsearch_settings(url, index_prefix="", **client_options)``: a
#: ``WAGTAILSEARCH_BACKENDS`` entry for this backend.
elasticsearch_settings = partial(backend_settings, "search.backends.elasticsearch")

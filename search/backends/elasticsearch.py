"""Thai-aware variant of modelsearch's Elasticsearch 8 backend.

Documents and query strings are pre-segmented with :func:`search.text.segment`
exactly as for the database backends; Elasticsearch then only splits on
whitespace and punctuation, lowercases, folds accents and folds any remaining
non-Arabic digits. Needs the ``elasticsearch`` 8.x client.
"""

from copy import deepcopy

from modelsearch.backends.elasticsearch8 import (
    Elasticsearch8AutocompleteQueryCompiler,
    Elasticsearch8Mapping,
    Elasticsearch8SearchBackend,
    Elasticsearch8SearchQueryCompiler,
)
from modelsearch.index import AutocompleteField, SearchField
from modelsearch.utils import deep_update

from search.text import segment

from .common import segment_query

TEXT_ANALYZER = "thai_text"
_TEXT_FILTERS = ["lowercase", "asciifolding", "decimal_digit"]


def _analyzer(*extra_filters):
    return {
        "type": "custom",
        "char_filter": ["word_boundaries"],
        "tokenizer": "whitespace",
        "filter": [*_TEXT_FILTERS, *extra_filters],
    }


#: Index analysis: every analyzer reads the pre-segmented text split on
#: anything that is not a letter, mark or number (as SQLite's unicode61 does).
THAI_ANALYSIS = {
    "char_filter": {
        "word_boundaries": {
            "type": "pattern_replace",
            "pattern": r"[^\p{L}\p{M}\p{N}]+",
            "replacement": " ",
        }
    },
    "analyzer": {
        "default": _analyzer(),
        TEXT_ANALYZER: _analyzer(),
        "edgengram_analyzer": _analyzer("edgengram"),
        "ngram_analyzer": _analyzer("ngram"),
    },
}


def _segment_value(value):
    if isinstance(value, str):
        return segment(value)
    if isinstance(value, list):
        return [_segment_value(item) for item in value]
    return value


class ThaiElasticsearch8Mapping(Elasticsearch8Mapping):
    edgengram_analyzer_config = {
        "analyzer": "edgengram_analyzer",
        "search_analyzer": TEXT_ANALYZER,
    }

    def _get_document_field_data(self, field, obj):
        name, value, edgengrams = super()._get_document_field_data(field, obj)
        if isinstance(field, (SearchField, AutocompleteField)):
            value = _segment_value(value)
            edgengrams = _segment_value(edgengrams)
        return name, value, edgengrams


class ThaiQueryMixin:
    mapping_class = ThaiElasticsearch8Mapping

    def _compile_plaintext_query(self, query, fields, boost=1.0):
        return super()._compile_plaintext_query(segment_query(query), fields, boost)

    def _compile_phrase_query(self, query, fields):
        return super()._compile_phrase_query(segment_query(query), fields)


class ThaiElasticsearch8SearchQueryCompiler(ThaiQueryMixin, Elasticsearch8SearchQueryCompiler):
    pass


class ThaiElasticsearch8AutocompleteQueryCompiler(
    ThaiQueryMixin, Elasticsearch8AutocompleteQueryCompiler
):
    pass


#: What this backend adds to modelsearch's index settings. It goes in through
#: modelsearch's own ``INDEX_SETTINGS`` option, merged under whatever a site
#: configures there (shards, replicas, more analysis).
THAI_INDEX_SETTINGS = {"settings": {"analysis": THAI_ANALYSIS}}


class ThaiElasticsearch8SearchBackend(Elasticsearch8SearchBackend):
    mapping_class = ThaiElasticsearch8Mapping
    query_compiler_class = ThaiElasticsearch8SearchQueryCompiler
    autocomplete_query_compiler_class = ThaiElasticsearch8AutocompleteQueryCompiler

    def __init__(self, params):
        params = dict(params)
        params["INDEX_SETTINGS"] = deep_update(
            deepcopy(THAI_INDEX_SETTINGS), params.get("INDEX_SETTINGS", {})
        )
        super().__init__(params)


SearchBackend = ThaiElasticsearch8SearchBackend


def elasticsearch_settings(url, index_prefix="", **options):
    """Return a ``WAGTAILSEARCH_BACKENDS`` entry for this backend.

    ``options`` are passed to the Elasticsearch client (e.g. ``ca_certs``).
    """
    return {
        "BACKEND": "search.backends.elasticsearch",
        "URLS": [url],
        "INDEX_PREFIX": index_prefix,
        "OPTIONS": options,
    }

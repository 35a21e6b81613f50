"""What the Thai search-engine backends (Elasticsearch 8, OpenSearch) share.

Documents and query strings are pre-segmented with :func:`.common.index_text`
and :func:`.common.segment_query`, exactly as for the database backends; the
engine then only splits on whitespace and punctuation, lowercases, folds
accents and folds any remaining non-Arabic digits. Each engine's module mixes
these classes into modelsearch's own classes for that engine.
"""

from copy import deepcopy

from modelsearch.index import AutocompleteField, SearchField
from modelsearch.utils import deep_update

from .common import index_text, segment_query

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

#: What these backends add to modelsearch's index settings. It goes in through
#: modelsearch's own ``INDEX_SETTINGS`` option, merged under whatever a site
#: configures there (shards, replicas, more analysis).
THAI_INDEX_SETTINGS = {"settings": {"analysis": THAI_ANALYSIS}}


def _prepared(value):
    if isinstance(value, str):
        return index_text(value)
    if isinstance(value, list):
        return [_prepared(item) for item in value]
    return value


class ThaiMappingMixin:
    """Searchable and autocomplete values are indexed pre-segmented; autocomplete
    n-grams are matched with the Thai analyzer (not the n-gram one)."""

    edgengram_analyzer_config = {
        "analyzer": "edgengram_analyzer",
        "search_analyzer": TEXT_ANALYZER,
    }

    def _get_document_field_data(self, field, obj):
        name, value, edgengrams = super()._get_document_field_data(field, obj)
        if isinstance(field, (SearchField, AutocompleteField)):
            value = _prepared(value)
            edgengrams = _prepared(edgengrams)
        return name, value, edgengrams


class ThaiQueryMixin:
    """Query strings are segmented as the documents were; while typing (``AUTOCOMPLETE``)
    the last word is taken as unfinished, as by the database backends."""

    AUTOCOMPLETE = False

    def _compile_plaintext_query(self, query, fields, boost=1.0):
        query = segment_query(query, autocomplete=self.AUTOCOMPLETE)
        return super()._compile_plaintext_query(query, fields, boost)

    def _compile_phrase_query(self, query, fields):
        return super()._compile_phrase_query(segment_query(query), fields)


class ThaiBackendMixin:
    """Merges :data:`THAI_INDEX_SETTINGS` under the site's ``INDEX_SETTINGS``."""

    def __init__(self, params):
        params = dict(params)
        params["INDEX_SETTINGS"] = deep_update(
            deepcopy(THAI_INDEX_SETTINGS), params.get("INDEX_SETTINGS", {})
        )
        super().__init__(params)


def backend_settings(backend, url, index_prefix="", **options):
    """Return a ``WAGTAILSEARCH_BACKENDS`` entry for the backend module ``backend``.

    ``options`` are passed to the engine's client (e.g. ``ca_certs``).
    """
    return {"BACKEND": backend, "URLS": [url], "INDEX_PREFIX": index_prefix, "OPTIONS": options}

"""Thai-aware variant of modelsearch's PostgreSQL full-text backend."""

from django.contrib.postgres.search import SearchQuery
from modelsearch.backends.database.postgres.postgres import (
    ObjectIndexer,
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.query import Phrase, PlainText

from .common import index_text, segment_query, with_object_indexer


class ThaiPostgresObjectIndexer(ObjectIndexer):
    def as_vector(self, texts, for_autocomplete=False):
        texts = [(index_text(text), weight) for text, weight in texts]
        return super().as_vector(texts, for_autocomplete=for_autocomplete)


class ThaiPostgresIndex(PostgresIndex):
    add_items = with_object_indexer(PostgresIndex.add_items, ThaiPostgresObjectIndexer)


class ThaiQueryMixin:
    """Segment query strings matched against the (segmented) index vectors.

    With ``fields=...`` PostgreSQL builds vectors from the raw model columns at
    query time, so the query is left as it is there.
    """

    AUTOCOMPLETE = False

    def build_tsquery_content(self, query, config=None, invert=False):
        if self.fields is None and isinstance(query, (PlainText, Phrase)):
            query = segment_query(query, autocomplete=self.AUTOCOMPLETE)
            if not query.query_string:
                return SearchQuery("", search_type="plain", config=config)
        return super().build_tsquery_content(query, config=config, invert=invert)


class ThaiPostgresSearchQueryCompiler(ThaiQueryMixin, PostgresSearchQueryCompiler):
    pass


class ThaiPostgresAutocompleteQueryCompiler(ThaiQueryMixin, PostgresAutocompleteQueryCompiler):
    AUTOCOMPLETE = True


class ThaiPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = ThaiPostgresSearchQueryCompiler
    autocomplete_query_compiler_class = ThaiPostgresAutocompleteQueryCompiler
    index_class = ThaiPostgresIndex


SearchBackend = ThaiPostgresSearchBackend

"""Thai-aware variant of modelsearch's SQLite FTS5 backend."""

from django.db.models import F, FloatField
from django.db.models.expressions import RawSQL
from django.utils.functional import cached_property
from modelsearch.backends.database.sqlite.query import (
    Lexeme,
    MatchExpression,
    SearchQueryExpression,
    normalize,
)
from modelsearch.backends.database.sqlite.sqlite import (
    ObjectIndexer,
    SQLiteAutocompleteQueryCompiler,
    SQLiteFTSIndexEntry,
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import MatchAll, Not, Phrase, PlainText
from modelsearch.utils import get_descendants_content_types_pks

from search.text import segment

from .common import segment_query, with_object_indexer

# FTS5's unicode61 tokenizer splits words at nonspacing marks (Unicode category
# Mn), which covers Thai vowel and tone marks. Private-use code points are token
# characters, so the marks are stored and queried as such.
_THAI_MARKS = str.maketrans(
    {
        mark: 0xE000 + mark - 0x0E00
        for mark in (0x0E31, *range(0x0E34, 0x0E3B), *range(0x0E47, 0x0E4F))
    }
)


def fts_text(text):
    """Return ``text`` segmented and made safe for the unicode61 tokenizer."""
    return segment(text).translate(_THAI_MARKS)


def fts_term(term):
    """Return one segmented query term ready to be quoted in an FTS5 query."""
    return term.translate(_THAI_MARKS).replace('"', '""')


class ThaiSQLiteObjectIndexer(ObjectIndexer):
    @cached_property
    def title(self):
        return fts_text(ObjectIndexer.title.func(self))

    @cached_property
    def body(self):
        return fts_text(ObjectIndexer.body.func(self))

    @cached_property
    def autocomplete(self):
        return fts_text(ObjectIndexer.autocomplete.func(self))


class ThaiSQLiteIndex(SQLiteIndex):
    add_items = with_object_indexer(SQLiteIndex.add_items, ThaiSQLiteObjectIndexer)


class ThaiQueryMixin:
    def build_search_query_content(self, query, config=None):
        if isinstance(query, (PlainText, Phrase)):
            query = segment_query(query, fts_term)
            if not query.query_string:
                return SearchQueryExpression(Lexeme(""))
        return super().build_search_query_content(query, config=config)

    def _score_expression(self, index_query):
        """Look up each row's score in one pass over the FTS matches.

        The stock backend runs the FTS query again for every matching row (a
        correlated subquery), which grows quadratically with the matches.
        ``LIMIT -1`` stops SQLite from flattening the derived table, so it is
        built once and probed through an automatic index.
        """
        scores = index_query.annotate(oid=F("index_entry__object_id")).values("oid", "score")
        sql, params = scores.query.sql_with_params()
        meta = self.queryset.model._meta
        outer_pk = f'"{meta.db_table}"."{meta.pk.column}"'
        # The inner SQL is Django-compiled with its values in ``params``.
        return RawSQL(  # noqa: S611
            f"(SELECT s.score FROM ({sql} LIMIT -1) s"  # noqa: S608
            f" WHERE s.oid = CAST({outer_pk} AS TEXT))",
            params,
            output_field=FloatField(),
        )

    def search(self, config, start, stop, score_field=None):
        """Same results as the stock ``search`` with a linear-time score lookup."""
        normalized_query = normalize(self.query)
        if isinstance(normalized_query, MatchAll):
            return self.queryset[start:stop]
        if isinstance(normalized_query, Not) and isinstance(normalized_query.subquery, MatchAll):
            return self.queryset.none()
        negated = isinstance(normalized_query, Not)
        if negated:
            normalized_query = normalized_query.subquery

        search_query = self.build_search_query(normalized_query, config=config)
        match_expression = MatchExpression(self.fields or self.FTS_TABLE_FIELDS, search_query)
        rank_expression = self._build_rank_expression(self.get_search_vectors(), config)
        index_query = (
            SQLiteFTSIndexEntry.objects.filter(match_expression)
            .select_related("index_entry")
            .filter(
                index_entry__content_type__in=get_descendants_content_types_pks(self.queryset.model)
            )
            .annotate(score=rank_expression)
        )
        obj_ids = index_query.values_list("index_entry__object_id", flat=True)
        if negated:
            queryset = self.queryset.exclude(pk__in=obj_ids)
        else:
            queryset = self.queryset.filter(pk__in=obj_ids)
            if self.order_by_relevance and score_field is None:
                score_field = "_score"
            if score_field is not None:
                queryset = queryset.annotate(**{score_field: self._score_expression(index_query)})
                if self.order_by_relevance:
                    queryset = queryset.order_by(score_field, "-pk")

        if not self.order_by_relevance and not queryset.query.order_by:
            queryset = queryset.order_by("-pk")
        return queryset[start:stop]


class ThaiSQLiteSearchQueryCompiler(ThaiQueryMixin, SQLiteSearchQueryCompiler):
    pass


class ThaiSQLiteAutocompleteQueryCompiler(ThaiQueryMixin, SQLiteAutocompleteQueryCompiler):
    pass


class ThaiSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = ThaiSQLiteSearchQueryCompiler
    autocomplete_query_compiler_class = ThaiSQLiteAutocompleteQueryCompiler
    index_class = ThaiSQLiteIndex


SearchBackend = ThaiSQLiteSearchBackend

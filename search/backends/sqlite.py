"""Thai-aware variant of modelsearch's SQLite FTS5 backend."""

from django.db.models import F, FloatField
from django.db.models.expressions import Expression
from django.db.models.sql.constants import INNER
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
    SQLiteSearchResults,
)
from modelsearch.query import MatchAll, Not, Phrase, PlainText
from modelsearch.utils import get_descendants_content_types_pks

from .common import index_text, segment_query, with_object_indexer

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
    """Return ``text`` prepared for the index and made safe for the unicode61 tokenizer."""
    return index_text(text).translate(_THAI_MARKS)


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


#: bm25 weights of the FTS5 columns (autocomplete, body, title): a match in the
#: title counts double, as Wagtail's page title boost asks. The stock backend
#: multiplies one unweighted bm25 by each field's boost, which cannot reorder.
COLUMN_WEIGHTS = (1.0, 1.0, 2.0)


class WeightedBM25(Expression):
    output_field = FloatField()

    def as_sql(self, compiler, connection):
        weights = ", ".join(str(weight) for weight in COLUMN_WEIGHTS)
        return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, {weights})", []


class ThaiQueryMixin:
    AUTOCOMPLETE = False

    def _build_rank_expression(self, vectors, config):
        return WeightedBM25()

    def build_search_query_content(self, query, config=None):
        if isinstance(query, (PlainText, Phrase)):
            query = segment_query(query, fts_term, autocomplete=self.AUTOCOMPLETE)
            if not query.query_string:
                return SearchQueryExpression(Lexeme(""))
        return super().build_search_query_content(query, config=config)

    def _join_scores(self, queryset, index_query):
        """Join ``queryset`` to its matches and return it with their score column.

        One pass over the FTS matches computes every score; each match then
        finds its row through the primary key (``pk = object_id``, the test the
        stock ``pk__in`` filter uses). The stock backend runs the FTS query
        again for every matching row instead (a correlated subquery).
        """
        scores = index_query.annotate(oid=F("index_entry__object_id")).values("oid", "score")
        sql, params = scores.query.get_compiler(queryset.db).as_sql()
        queryset = queryset.all()
        query = queryset.query
        join = _ScoreJoin(sql, params, query.get_initial_alias(), queryset.model._meta.pk.column)
        return queryset, _ScoreColumn(query.join(join))

    def search(self, config, start, stop, score_field=None, rank=True):
        """Same results as the stock ``search``, ranked in one pass over the matches.

        ``rank=False`` skips the scores (enough for counting).
        """
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
        if self.order_by_relevance and score_field is None:
            score_field = "_score"
        if negated:
            queryset = self.queryset.exclude(pk__in=obj_ids)
        elif not rank or score_field is None:
            queryset = self.queryset.filter(pk__in=obj_ids)
        else:
            queryset, score = self._join_scores(self.queryset, index_query)
            queryset = queryset.annotate(**{score_field: score})
            if self.order_by_relevance:
                queryset = queryset.order_by(score_field, "-pk")

        if not self.order_by_relevance and not queryset.query.order_by:
            queryset = queryset.order_by("-pk")
        return queryset[start:stop]


class _ScoreColumn(Expression):
    """The score column of the matches joined as ``alias``."""

    output_field = FloatField()

    def __init__(self, alias):
        super().__init__()
        self.alias = alias

    def as_sql(self, compiler, connection):
        return f"{compiler.quote_name_unless_alias(self.alias)}.score", []

    def relabeled_clone(self, change_map):
        return _ScoreColumn(change_map.get(self.alias, self.alias))

    def get_group_by_cols(self):
        return [self]


class _ScoreJoin:
    """``INNER JOIN (<matches and scores>) alias ON <pk> = alias.oid`` in ``alias_map``.

    Django joins only tables; this provides what ``Query.alias_map`` entries
    need (see ``django.db.models.sql.datastructures.Join``).
    """

    join_type = INNER
    nullable = False
    filtered_relation = None

    def __init__(self, sql, params, parent_alias, pk_column, table_alias=None):
        self.sql, self.params = sql, tuple(params)
        self.parent_alias, self.pk_column = parent_alias, pk_column
        self.table_name = "modelsearch_scores"
        self.table_alias = table_alias

    def as_sql(self, compiler, connection):
        qn, qn2 = compiler.quote_name_unless_alias, connection.ops.quote_name
        alias = qn(self.table_alias)
        pk = f"{qn(self.parent_alias)}.{qn2(self.pk_column)}"
        # The inner SQL is Django-compiled with its values in ``params``.
        return f"{self.join_type} ({self.sql}) {alias} ON ({pk} = {alias}.oid)", list(self.params)

    def relabeled_clone(self, change_map):
        return _ScoreJoin(
            self.sql,
            self.params,
            change_map.get(self.parent_alias, self.parent_alias),
            self.pk_column,
            change_map.get(self.table_alias, self.table_alias),
        )

    @property
    def identity(self):
        return (_ScoreJoin, self.sql, self.params, self.parent_alias, self.table_alias)

    def __eq__(self, other):
        return isinstance(other, _ScoreJoin) and self.identity == other.identity

    def __hash__(self):
        return hash(self.identity)


class ThaiSQLiteSearchQueryCompiler(ThaiQueryMixin, SQLiteSearchQueryCompiler):
    pass


class ThaiSQLiteAutocompleteQueryCompiler(ThaiQueryMixin, SQLiteAutocompleteQueryCompiler):
    AUTOCOMPLETE = True


class ThaiSQLiteSearchResults(SQLiteSearchResults):
    def _do_count(self):
        """Count the matches without ranking them."""
        compiler = self.query_compiler
        config = compiler.get_config(self.backend)
        return compiler.search(config, self.start, self.stop, rank=False).count()


class ThaiSQLiteSearchBackend(SQLiteSearchBackend):
    results_class = ThaiSQLiteSearchResults
    query_compiler_class = ThaiSQLiteSearchQueryCompiler
    autocomplete_query_compiler_class = ThaiSQLiteAutocompleteQueryCompiler
    index_class = ThaiSQLiteIndex


SearchBackend = ThaiSQLiteSearchBackend

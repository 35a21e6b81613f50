"""The words the database search index holds, for spelling correction.

The database backends keep every indexed object in modelsearch's index table
(also when Elasticsearch or OpenSearch is the engine, as their ``fallback``), so
its terms are the portal's vocabulary: SQLite's FTS5 lists them through an
``fts5vocab`` table, PostgreSQL through ``ts_stat``. Other databases have no
vocabulary, and searches there are simply not corrected.

Each process keeps one copy per site version for at most ``MAX_AGE`` seconds,
so words of newly indexed comments and posts join within minutes.
"""

import re
import threading
import time

from django.db import connection
from modelsearch.conf import get_app_config

from search.spelling import Vocabulary

MAX_AGE = 10 * 60
_WORD = re.compile(r"[^\W\d_]")
# The Thai SQLite backend stores Thai marks as private-use code points.
_FROM_PRIVATE_USE = str.maketrans({0xE000 + point: 0x0E00 + point for point in range(0x80)})

_lock = threading.Lock()
_cached = {}


def _index_table():
    """The index table of whichever app holds it (wagtail.search, or modelsearch)."""
    return get_app_config().get_model("IndexEntry")._meta.db_table


def _sqlite_terms():
    table = f"{_index_table()}_fts"
    with connection.cursor() as cursor:
        cursor.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocabulary "
            f"USING fts5vocab(main, {table}, row)"
        )
        cursor.execute("SELECT term, doc FROM temp.search_vocabulary")
        return [(term.translate(_FROM_PRIVATE_USE), count) for term, count in cursor.fetchall()]


def _postgres_terms():
    table = connection.ops.quote_name(_index_table())
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT word, ndoc FROM ts_stat(%s)",
            [f"SELECT title || body FROM {table}"],  # noqa: S608 - a model's table
        )
        return cursor.fetchall()


def read_terms():
    """[(term, number of index entries holding it)] from the database index."""
    if connection.vendor == "sqlite":
        return _sqlite_terms()
    if connection.vendor == "postgresql":
        return _postgres_terms()
    return []


def build():
    """A :class:`Vocabulary` of the index's words (terms with a letter)."""
    return Vocabulary({term: count for term, count in read_terms() if _WORD.search(term)})


def current(version):
    """This process's copy of the vocabulary for site ``version``, rebuilt when stale."""
    key = (connection.alias, version)
    now = time.monotonic()
    found = _cached.get(key)
    if found and now - found[1] < MAX_AGE:
        return found[0]
    with _lock:
        vocabulary = build()
        _cached.clear()
        _cached[key] = (vocabulary, now)
    return vocabulary


def forget():
    """Drop the cached copy (after reindexing, and between tests)."""
    _cached.clear()

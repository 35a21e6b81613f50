"""Thai-aware drop-in for ``modelsearch.backends.database``.

Use ``"BACKEND": "search.backends.thai"``. Like the stock factory, it picks the
implementation for the default database: PostgreSQL, or SQLite when FTS5 and
its index table are available. Other databases get the stock backend, which
does not segment Thai.
"""

from functools import cache

from django.db import connection
from modelsearch.backends import database


def SearchBackend(params):
    """Return the Thai-aware backend for the current default database."""
    if connection.vendor == "postgresql":
        from .postgres import ThaiPostgresSearchBackend

        return ThaiPostgresSearchBackend(params)
    if connection.vendor == "sqlite" and _sqlite_fts_usable():
        from .sqlite import ThaiSQLiteSearchBackend

        return ThaiSQLiteSearchBackend(params)
    return database.SearchBackend(params)


@cache
def _sqlite_fts_usable():
    """Run the stock factory's check for FTS5 and its index table, once."""
    from modelsearch.backends.database.sqlite.utils import (
        fts5_available,
        fts_table_exists,
    )

    return fts5_available() and fts_table_exists()

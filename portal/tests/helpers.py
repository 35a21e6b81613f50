"""Helpers for the portal (and core) tests."""

from django.db import connection


def drop_plain_search_table(**kwargs):
    """Work around a clash in the unmigrated schema: with ``--nomigrations`` Django
    creates Wagtail's SQLite FTS index entry model as a plain table, and the virtual
    table ``tests.world.platform`` then creates fails with "table
    wagtailsearch_indexentry_fts already exists". Connected to ``post_migrate``, this
    drops the plain table (never the virtual one a real migration makes)."""
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT sql FROM sqlite_master WHERE name = 'wagtailsearch_indexentry_fts'")
        row = cursor.fetchone()
        if row and "VIRTUAL" not in row[0].upper():
            cursor.execute("DROP TABLE wagtailsearch_indexentry_fts")

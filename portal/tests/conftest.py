"""Fixtures for the portal tests."""

from django.db import connection
from django.db.models.signals import post_migrate


def _drop_plain_search_table(**kwargs):
    """Work around: with ``--nomigrations`` Django creates Wagtail's FTS index entry
    model as a plain table, so the virtual table ``tests.world.platform`` creates
    would clash with it. Drop the plain one (never the real virtual table)."""
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT sql FROM sqlite_master WHERE name = 'wagtailsearch_indexentry_fts'")
        row = cursor.fetchone()
        if row and "VIRTUAL" not in row[0].upper():
            cursor.execute("DROP TABLE wagtailsearch_indexentry_fts")


post_migrate.connect(_drop_plain_search_table, dispatch_uid="drop_plain_search_table")

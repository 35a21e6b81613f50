"""Fixtures for the portal tests."""

from django.db.models.signals import post_migrate

from portal.tests.helpers import drop_plain_search_table

post_migrate.connect(drop_plain_search_table, dispatch_uid="drop_plain_search_table")

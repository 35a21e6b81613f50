"""Counting reads of Wagtail's site root paths from the shared cache.

In production that cache is the database's, so each read is a query that the
suite's in-memory cache hides from query counts. Wagtail keeps the paths on the
request when a URL is asked for with it (``page.get_url(request)``,
``{% pageurl %}``); ``page.url`` reads them again for every page object."""

from contextlib import contextmanager
from unittest import mock

from django.core.cache import caches
from wagtail.models.sites import SITE_ROOT_PATHS_CACHE_KEY


@contextmanager
def root_path_reads():
    """Yields the list of reads made inside the block."""
    backend = caches["default"]
    reads = []
    read = backend.get

    def get(key, *args, **kwargs):
        if key == SITE_ROOT_PATHS_CACHE_KEY:
            reads.append(key)
        return read(key, *args, **kwargs)

    with mock.patch.object(backend, "get", get):
        yield reads

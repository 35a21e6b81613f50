"""Django set-up shared by the search benchmarks.

The benchmarks use ``search.conformance.settings`` and modelsearch's test
``Book`` model, in a database they create and remove themselves.
"""

import contextlib
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

try:
    from tqdm import tqdm
except ImportError:

    def tqdm(iterable, **kwargs):
        return iterable


BACKENDS = {
    "stock": "modelsearch.backends.database",
    "thai": "search.backends.thai",
}
#: With ``OPENSEARCH_URL`` (``make search-engine`` prints one), our OpenSearch
#: backend is measured too, as a third column.
OPENSEARCH_URL = os.environ.get("OPENSEARCH_URL")
if OPENSEARCH_URL:
    BACKENDS["engine"] = "search.backends.opensearch"
ENGINE_PARAMS = {"URLS": [OPENSEARCH_URL], "INDEX_PREFIX": "benchmark_", "TIMEOUT": 120}
CHUNK = 1000


def search_backend(name):
    """The backend of the column ``name`` in ``BACKENDS``."""
    from modelsearch.backends import get_search_backend

    return get_search_backend(BACKENDS[name], **(ENGINE_PARAMS if name == "engine" else {}))


@contextlib.contextmanager
def throwaway_database(url=None):
    """Set Django up on a new, migrated database and remove it afterwards.

    With ``url`` (a database URL, e.g. ``DATABASE_URL``) that is not SQLite,
    the server's test database (``test_<name>``) is created and dropped;
    otherwise a SQLite file in a temporary directory is used.
    """
    os.environ["DJANGO_SETTINGS_MODULE"] = "search.conformance.settings"
    with tempfile.TemporaryDirectory() as tmp:
        server = bool(url) and not url.startswith("sqlite")
        os.environ["DATABASE_URL"] = url if server else f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        import django
        from django.core.management import call_command
        from django.db import connection

        django.setup()
        if not server:
            call_command("migrate", verbosity=0)
            yield connection
            connection.close()
            return
        name = connection.settings_dict["NAME"]
        connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
        try:
            yield connection
        finally:
            connection.creation.destroy_test_db(name, verbosity=0)


def build_index(backend, size):
    """Index the first ``size`` books from an empty index; return seconds.

    Both database backends keep their entries in modelsearch's ``IndexEntry``
    table, so each run starts by emptying it; a search engine gets a new index.
    The time ends when the index answers with every book.
    """
    from django.db import transaction
    from modelsearch.backends.elasticsearchbase import ElasticsearchBaseIndex
    from modelsearch.models import IndexEntry
    from modelsearch.test.testapp.models import Book

    index = backend.get_index_for_model(Book)
    engine = isinstance(index, ElasticsearchBaseIndex)
    IndexEntry.objects.all().delete()
    books = Book.objects.order_by("pk").prefetch_related("authors", "tags")
    started = time.perf_counter()
    if engine:
        index.reset()
        index.add_model(Book)
    with transaction.atomic():
        for offset in tqdm(range(0, size, CHUNK), desc=f"index {size}", leave=False):
            backend.add_bulk(Book, list(books[offset : offset + CHUNK]))
    if engine:
        index.refresh()
    else:
        index._refresh_title_norms(full=True)
    return time.perf_counter() - started

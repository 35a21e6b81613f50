"""modelsearch's SQLite suite, run on the stock backend and on ours."""

from django.test.utils import override_settings
from modelsearch.tests import test_sqlite_backend as stock

from .fixtures import LibraryMixin


class TestStockSQLiteBackend(LibraryMixin, stock.TestSQLiteSearchBackend):
    """Baseline: modelsearch's own SQLite backend."""


@override_settings(MODELSEARCH_BACKENDS={"default": {"BACKEND": "search.backends.thai"}})
class TestThaiSQLiteBackend(LibraryMixin, stock.TestSQLiteSearchBackend):
    """The same suite against ``search.backends.thai``."""

    backend_path = "search.backends.thai"

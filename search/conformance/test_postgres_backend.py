"""modelsearch's PostgreSQL suite, run on the stock backend and on ours."""

from django.test.utils import override_settings
from modelsearch.tests import test_postgres_backend as stock

from .fixtures import LibraryMixin


class TestStockPostgresBackend(LibraryMixin, stock.TestPostgresSearchBackend):
    """Baseline: modelsearch's own PostgreSQL backend."""


@override_settings(MODELSEARCH_BACKENDS={"default": {"BACKEND": "search.backends.thai"}})
class TestThaiPostgresBackend(LibraryMixin, stock.TestPostgresSearchBackend):
    """The same suite against ``search.backends.thai``."""

    backend_path = "search.backends.thai"

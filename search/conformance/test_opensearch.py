"""modelsearch's OpenSearch suite on a live node, run on the stock backend and on ours.

Needs ``OPENSEARCH_URL`` (``make search-engine`` starts a node and prints it).
Both classes must show the same outcomes: ours passes every test the stock
backend passes.
"""

import unittest

import pytest
from django.conf import settings
from django.test.utils import override_settings
from modelsearch.tests import test_opensearch3_backend as stock

from .fixtures import LibraryMixin

#: The suite expects its indices under this prefix (``test_all_indexes``), so the
#: two classes take turns on the same indices: run it in one process (``-n 0``).
PREFIX = "modelsearchtest_"


def _backends(backend):
    """Every test rebuilds the indices: in place rather than atomically, which asks
    less of the node (the suite does not test the rebuild itself)."""
    entry = {"BACKEND": backend, "URLS": [settings.OPENSEARCH_URL or ""], "ATOMIC_REBUILD": False}
    return {"default": {**entry, "INDEX_PREFIX": PREFIX}}


live = unittest.skipUnless(
    settings.OPENSEARCH_URL, "set OPENSEARCH_URL to a live node (make search-engine)"
)


@pytest.mark.opensearch
@live
@override_settings(MODELSEARCH_BACKENDS=_backends("modelsearch.backends.opensearch3"))
class TestStockOpenSearchBackend(LibraryMixin, stock.TestOpenSearch3SearchBackend):
    """Baseline: modelsearch's own OpenSearch backend."""


@pytest.mark.opensearch
@live
@override_settings(MODELSEARCH_BACKENDS=_backends("search.backends.opensearch"))
class TestThaiOpenSearchBackend(LibraryMixin, stock.TestOpenSearch3SearchBackend):
    """The same suite against ``search.backends.opensearch``."""

    backend_path = "search.backends.opensearch"

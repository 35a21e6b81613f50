"""modelsearch's OpenSearch suite on a live node, run on the stock backend and on ours.

Needs ``OPENSEARCH_URL`` (``make search-engine`` starts a node and prints it).
Both classes must show the same outcomes: ours passes every test the stock
backend passes.
"""

import os
import unittest

import pytest
from django.conf import settings
from django.test.utils import override_settings
from modelsearch.tests import test_opensearch3_backend as stock

from .fixtures import LibraryMixin

# Each xdist worker gets its own indices on the shared node.
PREFIX = f"conformance_{os.environ.get('PYTEST_XDIST_WORKER', 'main')}_"


def _backends(backend, name):
    """Every test rebuilds the indices: in place, which takes the node half the
    work of an atomic rebuild (the suite does not test the rebuild itself)."""
    entry = {"BACKEND": backend, "URLS": [settings.OPENSEARCH_URL or ""], "ATOMIC_REBUILD": False}
    return {"default": {**entry, "INDEX_PREFIX": f"{PREFIX}{name}_"}}


needs_opensearch = [
    pytest.mark.opensearch,
    unittest.skipUnless(
        settings.OPENSEARCH_URL, "set OPENSEARCH_URL to a live node (make search-engine)"
    ),
]


def live(test_class):
    for decorator in needs_opensearch:
        test_class = decorator(test_class)
    return test_class


@live
@override_settings(MODELSEARCH_BACKENDS=_backends("modelsearch.backends.opensearch3", "stock"))
class TestStockOpenSearchBackend(LibraryMixin, stock.TestOpenSearch3SearchBackend):
    """Baseline: modelsearch's own OpenSearch backend."""


@live
@override_settings(MODELSEARCH_BACKENDS=_backends("search.backends.opensearch", "thai"))
class TestThaiOpenSearchBackend(LibraryMixin, stock.TestOpenSearch3SearchBackend):
    """The same suite against ``search.backends.opensearch``."""

    backend_path = "search.backends.opensearch"

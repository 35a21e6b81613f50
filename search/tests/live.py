"""Pointing the portal at a live OpenSearch node (``OPENSEARCH_URL``) in tests."""

import contextlib
import io
import os

import pytest
from django.core.management import call_command
from django.test import override_settings
from opensearchpy import ConnectionError as Unreachable
from opensearchpy import OpenSearch

from search.backends.opensearch import opensearch_settings

OPENSEARCH_URL = os.environ.get("OPENSEARCH_URL", "")

#: Marks a module's tests as needing the node; they skip, saying why, without one.
needs_opensearch = [
    pytest.mark.opensearch,
    pytest.mark.skipif(
        not OPENSEARCH_URL, reason="set OPENSEARCH_URL to a live node (make search-engine)"
    ),
]


def index_prefix(name):
    """Indices of their own for each test module and xdist worker on a shared node."""
    return f"kmsite_{name}_{os.environ.get('PYTEST_XDIST_WORKER', 'main')}_"


def engine_backends(url, prefix):
    """The portal's production arrangement: the engine, and the database as fallback."""
    engine = opensearch_settings(url, prefix, max_retries=0)
    engine["TIMEOUT"] = 5
    return {"default": engine, "fallback": {"BACKEND": "search.backends.thai"}}


@contextlib.contextmanager
def portal_on(url, prefix):
    """Search settings pointing at ``url`` with everything indexed there; the
    indices are deleted afterwards."""
    backends = engine_backends(url, prefix)
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        call_command("update_index", stdout=io.StringIO())
        try:
            yield
        finally:
            _delete_indices(url, prefix)


def _delete_indices(url, prefix):
    client = OpenSearch(hosts=[url])
    with contextlib.suppress(Unreachable):
        for name in client.indices.get(index=f"{prefix}*"):
            client.indices.delete(index=name)

"""What every open-data answer shares: caching with an ETag, CORS for reading
only, JSON errors, and a per-client rate limit that trusts only our proxies."""

import re

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db

PATHS = [
    "pages/",
    "offices/",
    "statistics/complaints/monthly/",
    "statistics/satisfaction/monthly/",
    "images/",
    "documents/",
    "openapi.json",
]


@pytest.mark.parametrize("path", PATHS)
def test_answers_are_cacheable_with_an_etag(world, client, path):
    response = client.get(f"/api/v2/{path}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert "public" in response["Cache-Control"] and "max-age=300" in response["Cache-Control"]
    assert response["Access-Control-Allow-Origin"] == "*"
    again = client.get(f"/api/v2/{path}", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == response["ETag"]
    changed = client.get(f"/api/v2/{path}", HTTP_IF_NONE_MATCH='"stale"')
    assert changed.status_code == 200


def test_options_and_head_are_open_to_other_origins(world, client):
    options = client.options("/api/v2/pages/", HTTP_ORIGIN="https://portal.example")
    assert options.status_code == 204
    assert options["Access-Control-Allow-Origin"] == "*"
    assert options["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    head = client.head("/api/v2/offices/")
    assert head.status_code == 200
    assert head["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_writes_are_refused_without_cors(world, client, method):
    response = getattr(client, method)("/api/v2/pages/", HTTP_ORIGIN="https://portal.example")
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD, OPTIONS"
    assert "Access-Control-Allow-Origin" not in response
    assert set(response.json()) == {"message"}


def test_errors_are_json_and_never_stored(world, client):
    response = client.get("/api/v2/pages/", {"limit": "1000"})
    assert response.status_code == 400
    assert response.json()["message"]
    assert "no-store" in response["Cache-Control"]
    missing = client.get("/api/v2/pages/999999/")
    assert missing.status_code == 404
    assert set(missing.json()) == {"message"}


@override_settings(THROTTLES={"open_api": (3, 60)}, TRUSTED_PROXIES=1)
def test_rate_limit_per_client_behind_the_proxy(world, client):
    behind = {"REMOTE_ADDR": "10.0.0.1"}
    for _ in range(3):
        assert client.get("/api/v2/offices/", HTTP_X_FORWARDED_FOR="203.0.113.5", **behind)
    limited = client.get("/api/v2/offices/", HTTP_X_FORWARDED_FOR="203.0.113.5", **behind)
    assert limited.status_code == 429
    assert limited["Retry-After"] == "60"
    assert set(limited.json()) == {"message"}
    # A spoofed left-hand entry does not make a new client; another client is counted apart.
    spoofed = client.get(
        "/api/v2/offices/", HTTP_X_FORWARDED_FOR="198.51.100.9, 203.0.113.5", **behind
    )
    assert spoofed.status_code == 429
    other = client.get("/api/v2/offices/", HTTP_X_FORWARDED_FOR="203.0.113.6", **behind)
    assert other.status_code == 200


def test_documentation_page_has_no_inline_or_external_scripts(world, client):
    response = client.get("/api/v2/")
    assert response.status_code == 200
    html = response.content.decode()
    scripts = re.findall(r"<script[^>]*>", html)
    # No inline script and none from elsewhere: only the site's own static files.
    assert all(re.fullmatch(r'<script src="/static/[^"]+"( defer)?>', tag) for tag in scripts)
    assert 'href="/api/v2/openapi.json"' in html
    assert 'data-path="/api/v2/pages/"' in html

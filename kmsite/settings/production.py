"""Production: everything from the environment, HTTPS enforced.

Required: SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL. Optional: OPENSEARCH_URL or ELASTICSEARCH_URL,
EMAIL_HOST/EMAIL_PORT/EMAIL_HOST_USER/EMAIL_HOST_PASSWORD, CSRF_TRUSTED_ORIGINS.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import SECRET_KEY

if not SECRET_KEY:
    raise ImproperlyConfigured("Set the SECRET_KEY environment variable.")

DEBUG = False
CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o]

EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "true").lower() == "true"

# Search: OpenSearch or Elasticsearch 8 when configured, with the Thai database
# backend kept up to date beside it as the fallback the search page uses while
# the engine is down.
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
OPENSEARCH_URL = os.environ.get("OPENSEARCH_URL", "")
if ELASTICSEARCH_URL and OPENSEARCH_URL:
    raise ImproperlyConfigured("Set OPENSEARCH_URL or ELASTICSEARCH_URL, not both.")
if OPENSEARCH_URL or ELASTICSEARCH_URL:
    from search.backends.engines import backend_settings

    ENGINE = "opensearch" if OPENSEARCH_URL else "elasticsearch"
    WAGTAILSEARCH_BACKENDS = {
        "default": backend_settings(
            f"search.backends.{ENGINE}",
            OPENSEARCH_URL or ELASTICSEARCH_URL,
            os.environ.get(f"{ENGINE.upper()}_INDEX_PREFIX", "kmsite_"),
        ),
        "fallback": {"BACKEND": "search.backends.thai"},
    }

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() == "true"
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"

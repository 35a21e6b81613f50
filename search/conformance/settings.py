"""Minimal Django settings for running modelsearch's backend suite.

Based on ``modelsearch/test/settings.py``. The database comes from
``DATABASE_URL`` (in-memory SQLite by default), so the same suite runs on
PostgreSQL when it points at one.
"""

import os

import dj_database_url

SECRET_KEY = "search-conformance-not-secret"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["localhost", "testserver"]

INSTALLED_APPS = [
    "modelsearch.test.testapp",
    "modelsearch",
    "taggit",
    "treebeard",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

ROOT_URLCONF = "modelsearch.test.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ]
        },
    }
]

DATABASES = {"default": dj_database_url.config(default="sqlite://:memory:")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    INSTALLED_APPS.append("django.contrib.postgres")
    # Its own test database, so it runs beside the project's suite on one server.
    DATABASES["default"]["TEST"] = {"NAME": "test_search_conformance"}

MODELSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.thai"}}

ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL")
OPENSEARCH_URL = os.environ.get("OPENSEARCH_URL")

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
USE_TZ = True
TIME_ZONE = "UTC"
STATIC_URL = "/static/"

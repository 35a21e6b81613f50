"""The test suite: fast hashing, in-memory mail and cache, plain static storage."""

import os
import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret-8d0c4a71"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# The suite runs in one process and empties this cache between tests. A live
# server (several gunicorn workers) shares the database cache, as production does.
if not os.environ.get("TEST_SHARED_CACHE"):
    CACHES = {**CACHES, "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}  # noqa: F405
# The in-process suite matches Thai text in raw HTML, so it leaves the line-break
# markup out (search/tests cover it); a live server (journeys, benchmarks) renders
# it as production does.
THAI_LINE_BREAKS = (
    os.environ.get("THAI_LINE_BREAKS", "on" if os.environ.get("TEST_SHARED_CACHE") else "off")
    == "on"
)
# A live test server and the commands that build its site share these through
# the environment; the test suite itself gets fresh temporary directories.
MEDIA_ROOT = os.environ.get("TEST_MEDIA_ROOT") or tempfile.mkdtemp(prefix="kmsite-test-media-")
PRIVATE_MEDIA_ROOT = os.environ.get("TEST_PRIVATE_MEDIA_ROOT") or tempfile.mkdtemp(
    prefix="kmsite-test-private-"
)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
# Serve static files straight from the finders (no collectstatic in tests).
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

"""A developer's machine: debug on, SQLite, mail printed to the console."""

from .base import *  # noqa: F403
from .base import INSTALLED_APPS

DEBUG = True
SECRET_KEY = "dev-only-not-secret-3f1b9e2c"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
INSTALLED_APPS = ["whitenoise.runserver_nostatic", *INSTALLED_APPS]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

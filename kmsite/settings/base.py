"""Settings shared by every environment.

Values that differ per deployment are read from the environment; the defaults
here are the secure ones, and ``dev`` relaxes them for a developer's machine.
"""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = [h for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h]

INSTALLED_APPS = [
    "core",
    "portal",
    "manuals",
    "training",
    "communities",
    "contests",
    # After the apps whose demos add staff: its demo links their profiles to offices.
    "offices",
    "complaints",
    "surveys",
    "taxcompass",
    "search",
    "opendata",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "allauth",
    "allauth.account",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "core.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Above sessions, CSRF and messages: it sees the cookies they set.
    "core.http_cache.PublicPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "core.middleware.RejectNulMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "core.middleware.UnavailableMiddleware",
    "core.site_version.SiteVersionMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last: Thai words kept whole on screen in every HTML page (search/linebreaks.py).
    "search.middleware.ThaiLineBreakMiddleware",
]
THAI_LINE_BREAKS = os.environ.get("THAI_LINE_BREAKS", "on") == "on"

ROOT_URLCONF = "kmsite.urls"

# HTTP caching of public pages (core/http_cache.py): browsers keep a page a
# minute, shared caches ten, and a front-end cache at FRONTEND_CACHE_URL (nginx,
# Varnish: anything that accepts PURGE) is told when pages change.
PAGE_CACHE_MAX_AGE = int(os.environ.get("PAGE_CACHE_MAX_AGE", "60"))
PAGE_CACHE_SHARED_MAX_AGE = int(os.environ.get("PAGE_CACHE_SHARED_MAX_AGE", "600"))
if os.environ.get("FRONTEND_CACHE_URL"):
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_URL"],
        }
    }

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "portal.context_processors.organisation",
            ],
        },
    },
]

WSGI_APPLICATION = "kmsite.wsgi.application"

# Database: SQLite is the embedded default; DATABASE_URL selects PostgreSQL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60, conn_health_checks=True
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Connections are kept (CONN_MAX_AGE above), one per gunicorn thread: opening
    # one and running the pragmas below cost 2-4 ms of every request
    # (benchmarks/sqlite_connections.py); tests/test_sqlite_connections.py writes
    # from two threads at once on kept connections.
    DATABASES["default"]["OPTIONS"] = {
        # WAL lets readers work while one writer writes; the busy timeout and
        # IMMEDIATE transactions make concurrent writers wait instead of failing.
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA mmap_size=268435456;"
        ),
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
else:
    INSTALLED_APPS.append("django.contrib.postgres")
    # Parameters bound by the server let psycopg prepare the statements a
    # connection runs again and again, which PostgreSQL then need not re-plan
    # (the load run's page p95 at 50 users went from 384 to 270 ms).
    DATABASES["default"]["OPTIONS"] = {"server_side_binding": True}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# A shared cache (rate limits must hold across worker processes).
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "kmsite_cache",
        # Navigation is cached per page and audience; rate-limit counters per user.
        "OPTIONS": {"MAX_ENTRIES": 10000},
    },
    # Rendered template fragments keyed by a page's revision ({% wagtailpagecache %}):
    # they never change under their key, so each process keeps its own.
    "fragments": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "kmsite-fragments",
        "OPTIONS": {"MAX_ENTRIES": 2000},
    },
}

AUTHENTICATION_BACKENDS = [
    "core.lockout.LockoutBackend",  # Django's ModelBackend, with the lockout
    "core.auth_backends.AccountBackend",  # allauth's (sign-in by e-mail address)
]
# The relations of the signed-in user read with it on every request
# (core.auth_backends): the account menu shows the staff profile's English name.
SESSION_USER_RELATED = ["staff_profile"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Thai first, English second.
LANGUAGE_CODE = "th"
LANGUAGES = [("th", _("Thai")), ("en", _("English"))]
# Our own catalogue first (makemessages writes there), then our Thai completing
# and correcting Django's, Wagtail's, wagtail-localize's and allauth's
# (core.thai_catalogue; `manage.py thai_catalogue` reports its coverage).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "overrides"]
TIME_ZONE = "Asia/Bangkok"
USE_I18N = True
USE_TZ = True

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# Static files and media
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Files only some roles may open (forum attachments, contest entries): never
# under MEDIA_URL; apps serve them through permission-checked views.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private-media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None},
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
FILE_UPLOAD_PERMISSIONS = 0o644

# Accounts (django-allauth)
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_LOGIN_METHODS = {"username", "email"}
ACCOUNT_SIGNUP_FIELDS = ["username*", "email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "optional"
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_SESSION_REMEMBER = None
# Show the login page (with a "this needs another account" message) to a
# signed-in user sent there by a restricted page, instead of bouncing back.
ACCOUNT_AUTHENTICATED_LOGIN_REDIRECTS = False
# Anonymous sign-in, sign-up and password-reset limits are ours (core.throttle,
# THROTTLES below), counted in the database; allauth keeps only its limits on
# signed-in account management (changing a password or an e-mail address).
ACCOUNT_RATE_LIMITS = {
    "login": False,
    "login_failed": False,
    "signup": False,
    "reset_password": False,
    "reset_password_from_key": False,
}
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_FORMS = {
    "login": "portal.forms.LoginForm",
    "signup": "portal.forms.SignupForm",
    "reset_password": "portal.forms.ResetPasswordForm",
    "reset_password_from_key": "portal.forms.ResetPasswordKeyForm",
    "change_password": "portal.forms.ChangePasswordForm",
}
ACCOUNT_ADAPTER = "portal.adapter.AccountAdapter"
WAGTAILADMIN_USER_LOGIN_FORM = "portal.forms.AdminLoginForm"
# Shared by every login path (core.lockout): failures on one account from one
# address, or on any accounts from one address, pause sign-in there for that long.
LOGIN_LOCKOUT = {"per_account_address": 10, "per_address": 50, "minutes": 15}
# Other limits per client address (core.throttle): (attempts, window in seconds).
THROTTLES = {
    "signup": (20, 60 * 60),
    "reset_password": (20, 60 * 60),
    "reset_password_per_email": (5, 60 * 60),
    # The open-data API (/api/v2/), per client.
    "open_api": (120, 60),
}
# How long browsers and shared caches may keep an open-data answer (seconds).
OPEN_API_MAX_AGE = int(os.environ.get("OPEN_API_MAX_AGE", "300"))

# How many reverse proxies in front of the site append to X-Forwarded-For (nginx: 1).
# 0 ignores the header; see core/client.py and the README.
TRUSTED_PROXIES = int(os.environ.get("TRUSTED_PROXIES", "0"))
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXIES

# Wagtail
WAGTAIL_SITE_NAME = _("SMILE KM Portal")  # Thai in the Thai admin
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
# Thai-aware full-text search on the database (SQLite FTS5 or PostgreSQL).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.thai"}}
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = True

# Email: console in dev; production reads SMTP settings from the environment.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "no-reply@smile-km.example")

# Security defaults (production keeps them; dev relaxes the HTTPS ones).
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"  # the admin's preview frames our own pages
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
CSRF_FAILURE_VIEW = "portal.views.csrf_failure"
WAGTAILADMIN_PATH_PREFIX = "/admin/"
_VIDEO_PLAYERS = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]
# Pages: scripts and styles from our own static files only, nothing inline.
CONTENT_SECURITY_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "frame-src": _VIDEO_PLAYERS,
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
CONTENT_SECURITY_POLICY_ADMIN = {
    **CONTENT_SECURITY_POLICY,
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "frame-src": ["'self'", *_VIDEO_PLAYERS],
    "frame-ancestors": ["'self'"],
}
# No staff e-mail hashes sent to a third party for admin avatars.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"

# Security events (lockouts, throttles, refused access), mail failures and search
# fallbacks are JSON lines with their fields, for whoever ships the logs.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "json": {"class": "logging.StreamHandler", "formatter": "json"},
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "kmsite": {"handlers": ["json"], "level": "INFO", "propagate": False},
    },
}

# Error reporting: Sentry's SDK when SENTRY_DSN is set (its Django integration
# turns itself on); no personal data is sent.
SENTRY_DSN = os.environ.get("SENTRY_DSN", "")
if SENTRY_DSN:
    import sentry_sdk

    sentry_sdk.init(
        dsn=SENTRY_DSN,
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
        send_default_pii=False,
        traces_sample_rate=float(os.environ.get("SENTRY_TRACES_SAMPLE_RATE", "0")),
    )

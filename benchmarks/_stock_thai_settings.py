"""benchmarks/admin_thai.py's "before": the test settings without our Thai for the
packages (locale/overrides), so the admin reads Wagtail's own Thai."""

from kmsite.settings.test import *  # noqa: F403

LOCALE_PATHS = [BASE_DIR / "locale"]  # noqa: F405

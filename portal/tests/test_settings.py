"""Production settings pass Django's deployment checks when given sane values."""

import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings


def run_manage(*args, **env):
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "kmsite.settings.production", **env}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=Path(settings.BASE_DIR),
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


SANE = {
    "SECRET_KEY": "k" * 20 + "-Vx9!q2@Lm4#Zr7$Tw1%Yb8^Nc3&Hd6*Pf0(",
    "ALLOWED_HOSTS": "km.region7.example",
    "DATABASE_URL": "sqlite:///:memory:",
}


def test_check_deploy_is_clean_with_sane_environment():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", **SANE)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check", **{**SANE, "SECRET_KEY": ""})
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_sqlite_runs_in_wal_mode_with_a_busy_timeout():
    from django.db import connection

    if connection.vendor != "sqlite":
        return
    options = settings.DATABASES["default"]["OPTIONS"]
    assert "journal_mode=WAL" in options["init_command"]
    assert options["timeout"] >= 5


def test_production_uses_elasticsearch_with_a_database_fallback_when_configured():
    code = (
        "from django.conf import settings; b = settings.WAGTAILSEARCH_BACKENDS; "
        "print(b['default']['BACKEND'], b['default']['URLS'][0], b['fallback']['BACKEND'])"
    )
    result = run_manage(
        "shell", "-c", code, ELASTICSEARCH_URL="http://search.internal:9200", **SANE
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-3:] == [
        "search.backends.elasticsearch",
        "http://search.internal:9200",
        "search.backends.thai",
    ]

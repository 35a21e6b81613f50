"""What the app benchmarks share: a demo site on a throwaway SQLite database,
server-side timing of a page through Django's test client, and p50/p95 timing
of any action."""

import io
import os
import statistics
import time
from pathlib import Path


def migrated_database(tmp):
    """Set Django up on a new, migrated SQLite database in the directory ``tmp``."""
    os.environ["DJANGO_SETTINGS_MODULE"] = "kmsite.settings.test"
    os.environ["DATABASE_URL"] = f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def setup_django(tmp):
    """``migrated_database`` holding the demo site."""
    from django.core.management import call_command

    migrated_database(tmp)
    call_command("load_demo_content", force=True, stdout=io.StringIO())


def samples(client, url, runs):
    """The times (ms) of ``runs`` requests for ``url``, and the queries of one."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return timings, len(queries)


def measure(client, url, runs):
    """p50, p95 and queries of ``url`` over ``runs`` requests."""
    timings, queries = samples(client, url, runs)
    return (*percentiles(timings), queries)


def percentiles(timings):
    """The median and the 95th percentile of ``timings``."""
    timings = sorted(timings)
    return statistics.median(timings), timings[round(0.95 * (len(timings) - 1))]


def timed(action, runs):
    """p50 and p95, in milliseconds, of ``runs`` calls of ``action``."""
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        timings.append((time.perf_counter() - started) * 1000)
    return percentiles(timings)

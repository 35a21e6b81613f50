"""What the app benchmarks share: a demo site on a throwaway SQLite database, and
server-side timing of a page through Django's test client."""

import io
import os
import statistics
import time
from pathlib import Path


def setup_django(tmp):
    os.environ["DJANGO_SETTINGS_MODULE"] = "kmsite.settings.test"
    os.environ["DATABASE_URL"] = f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    call_command("load_demo_content", force=True, stdout=io.StringIO())


def measure(client, url, runs):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    timings.sort()
    p95 = timings[min(len(timings) - 1, round(0.95 * (len(timings) - 1)))]
    return statistics.median(timings), p95, len(queries)

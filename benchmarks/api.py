"""Time of the open-data API's handbook listing and detail (``/api/v2/pages/``)
through Django's test client, on a throwaway SQLite database migrated for real,
with handbooks in Thai and English built by the factories.

Prints p50/p95 in milliseconds and the queries of one request; the target is a
p95 under 50 ms. Run from the repository root:
``PYTHONPATH=.:benchmarks python -P benchmarks/api.py [--handbooks 50] [--runs 300]``
"""

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._pages import migrated_database, percentiles


def measure(client, url, runs):
    """(wall p50, wall p95, CPU p50, CPU p95) in ms and the queries of the last run.
    CPU time (this process's) shows the cost when other processes share the cores."""
    from django.db import connection, reset_queries
    from django.test.utils import CaptureQueriesContext

    walls, cpus = [], []
    for _ in range(runs):
        reset_queries()  # the query log holds 9000: counts past it would read 0
        wall, cpu = time.perf_counter(), time.process_time()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        cpus.append((time.process_time() - cpu) * 1000)
        walls.append((time.perf_counter() - wall) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return (*percentiles(walls), *percentiles(cpus), len(queries))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--handbooks", type=int, default=50)
    parser.add_argument("--runs", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        migrated_database(tmp)
        from django.conf import settings

        settings.THROTTLES = {**settings.THROTTLES, "open_api": (10**9, 60)}

        from django.test import Client
        from wagtail.models import Locale, Page

        from opendata.tests.world import build_open_world, handbook
        from portal.roles import ensure_roles
        from tests.world import build_site, translate

        ensure_roles()
        Locale.objects.get_or_create(language_code="en")
        for welcome in Page.objects.filter(depth=2):  # Wagtail's migration makes one
            welcome.delete()
        world = build_open_world(build_site())
        for n in range(args.handbooks - 1):
            translate(handbook(world.index, intro=f"งานบริการ {n}"), title=f"Service {n}")
        client = Client()
        handbooks = "/api/v2/pages/?type=manuals.CitizenHandbookPage&fields=*&limit=20"
        rows = [
            ("listing, th, 20 with all fields", f"{handbooks}&locale=th"),
            ("listing, en, 20 with all fields", f"{handbooks}&locale=en"),
            ("detail, th", f"/api/v2/pages/{world.handbook.pk}/"),
            ("detail, en", f"/api/v2/pages/{world.handbook_en.pk}/"),
            ("search, th", "/api/v2/pages/?type=manuals.CitizenHandbookPage&search=งานบริการ"),
        ]
        print(f"{args.handbooks} handbooks in each language, {args.runs} runs each")
        for label, url in rows:
            measure(client, url, 5)  # warm caches, as a running site has them
            p50, p95, cpu50, cpu95, queries = measure(client, url, args.runs)
            print(
                f"{label:34} p50 {p50:6.2f} ms  p95 {p95:6.2f} ms"
                f"  (CPU p50 {cpu50:6.2f} ms  p95 {cpu95:6.2f} ms)  {queries} queries"
            )


if __name__ == "__main__":
    main()

"""Server time of pages on SQLite with a connection per request (``CONN_MAX_AGE``
0) and with one kept per thread (persistent), side by side in one process.

Builds the demo site on a throwaway SQLite database, then calls Django's WSGI
handler directly (not the test client, which keeps the connection open), so
``request_finished`` closes the connection as under gunicorn. The two settings
alternate run by run. Also prints the cost of opening one connection (with the
WAL, synchronous and mmap pragmas of ``kmsite/settings/base.py``). Run from the
repository root: ``PYTHONPATH=.:benchmarks python -P benchmarks/sqlite_connections.py``
"""

import argparse
import io
import sys
import tempfile
import time
from urllib.parse import quote

from _pages import percentiles, setup_django, timed

URLS = ["/th/", "/th/about-smile/", "/en/", "/th/search/?q=ภาษี"]


def environ(url):
    path, _, query = url.partition("?")
    return {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "QUERY_STRING": quote(query, safe="=&"),
        "SERVER_NAME": "localhost",
        "SERVER_PORT": "80",
        "HTTP_HOST": "localhost",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": sys.stderr,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()
    setup_django(tempfile.mkdtemp(prefix="bench-sqlite-"))

    from django.core.handlers.wsgi import WSGIHandler
    from django.db import connection

    handler = WSGIHandler()

    def get(url):
        statuses = []
        body = handler(environ(url), lambda status, headers: statuses.append(status))
        b"".join(body)
        body.close()  # fires request_finished, which closes an expired connection
        assert statuses[0].startswith("200"), (url, statuses)

    def connect():
        connection.connect()
        connection.close()

    print(f"opening one connection: p50/p95 {timed(connect, args.runs)} ms")
    print(f"{args.runs} runs per page, alternating; server time p50 / p95 in ms")
    print("| page | CONN_MAX_AGE 0 | persistent |\n|---|---|---|")
    for url in URLS:
        get(url)  # warm: routes, navigation, templates
        timings = {0: [], 600: []}
        for _ in range(args.runs):
            for age in timings:
                connection.close()
                connection.settings_dict["CONN_MAX_AGE"] = age
                get(url)  # opens the connection the setting keeps or not
                started = time.perf_counter()
                get(url)
                timings[age].append((time.perf_counter() - started) * 1000)
        cells = ["{:.1f} / {:.1f}".format(*percentiles(timings[age])) for age in timings]
        print(f"| {url} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()

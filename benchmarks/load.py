"""Load run: a stepped crowd of simulated users against gunicorn on loopback.

Each simulated user waits 0.5-1.5 s between requests (locust's ``between``) and
picks: 80% a page view (the sitemap's pages, Thai and English), 10% a search,
10% a signed-in write (a community reply or a judge's score; see
``load_writes.py``). The crowd grows in steps up to 50 users.
For each step it prints p50/p95 per kind of request and the error rate, then
counts in the database what the writes left behind against what the server
confirmed: nothing may be lost or written twice.

The load generator acts as the reverse proxy production has: the portal runs with
``TRUSTED_PROXIES=1`` and each simulated user arrives with its own address in
``X-Forwarded-For``, so sign-in, lockout and rate limits count per user as they
would behind nginx.

The portal is built fresh (demo content) on SQLite, or on PostgreSQL when
DATABASE_URL points at a server. Run from the repository root:
``python benchmarks/load.py [--steps 10 20 30 40 50] [--step-seconds 30]``.
"""

import argparse
import os
import random
import re
import statistics
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.load_writes import PASSWORD, Writes
from tests.live_server import live_portal

SEARCHES = ["ภาษี", "ภาษีมูลค่าเพิ่ม", "คืนภาษี", "ยื่นแบบ", "บริการ", "SMILE", "refund", "e-Filing"]
THINK = (0.5, 1.5)


class Results:
    """Latencies and failures per (step, kind), shared by the user threads."""

    def __init__(self):
        self.lock = threading.Lock()
        self.latencies = defaultdict(list)
        self.errors = defaultdict(int)

    def record(self, step, kind, seconds, ok):
        with self.lock:
            self.latencies[(step, kind)].append(seconds)
            if not ok:
                self.errors[(step, kind)] += 1


def _timed(results, step, kind, function, *args, **kwargs):
    started = time.perf_counter()
    try:
        response = function(*args, **kwargs)
        ok = response.status_code < 400
    except requests.RequestException:
        response, ok = None, False
    results.record(step, kind, time.perf_counter() - started, ok)
    return response if ok else None


def sign_in(session, base_url, username):
    session.get(f"{base_url}/th/accounts/login/", timeout=30)
    response = session.post(
        f"{base_url}/th/accounts/login/",
        {
            "login": username,
            "password": PASSWORD,
            "csrfmiddlewaretoken": session.cookies["csrftoken"],
        },
        headers={"Referer": f"{base_url}/th/accounts/login/"},
        allow_redirects=False,
        timeout=30,
    )
    if response.status_code != 302:
        raise RuntimeError(f"could not sign in as {username}: {response.status_code}")


def user(number, base_url, pages, writes, results, state, stop):
    rng = random.Random(number)
    session = requests.Session()
    # As nginx would append it: this user's own address.
    session.headers["X-Forwarded-For"] = f"198.18.{number // 256}.{number % 256}"
    username, write = writes.account(number)
    signed_in = False
    while not stop.is_set():
        step = state["step"]
        roll = rng.random()
        if roll < 0.8:
            _timed(results, step, "page", session.get, base_url + rng.choice(pages), timeout=30)
        elif roll < 0.9:
            query = rng.choice(SEARCHES)
            language = rng.choice(["th", "en"])
            url = f"{base_url}/{language}/search/"
            _timed(results, step, "search", session.get, url, params={"q": query}, timeout=30)
        else:
            if not signed_in:
                sign_in(session, base_url, username)
                signed_in = True
            _timed(results, step, write.__name__, write, session, base_url, username, rng)
        stop.wait(rng.uniform(*THINK))


def public_pages(base_url):
    sitemap = requests.get(f"{base_url}/sitemap.xml", timeout=30).text
    return [
        re.sub(r"^https?://[^/]+", "", url) for url in re.findall(r"<loc>([^<]+)</loc>", sitemap)
    ]


def warm_up(base_url, pages, workers):
    """Load each worker's code, templates and Thai dictionary before measuring."""
    with requests.Session() as session:
        for _ in range(workers * 2):
            for path in pages[:10] + [f"/th/search/?q={query}" for query in SEARCHES]:
                session.get(base_url + path, timeout=60)


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] * 1000


def report(results, steps, seconds):
    print(
        f"{'users':>5} {'kind':<14} {'requests':>8} {'req/s':>6} {'p50 ms':>8} {'p95 ms':>8} {'errors':>7}"
    )
    for step in steps:
        for kind in sorted({k for s, k in results.latencies if s == step}):
            values = results.latencies[(step, kind)]
            errors = results.errors[(step, kind)]
            print(
                f"{step:>5} {kind:<14} {len(values):>8} {len(values) / seconds:>6.1f} "
                f"{statistics.median(values) * 1000:>8.0f} {percentile(values, 0.95):>8.0f} "
                f"{errors / len(values):>7.1%}"
            )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--steps", type=int, nargs="+", default=[10, 20, 30, 40, 50])
    parser.add_argument("--step-seconds", type=float, default=30)
    parser.add_argument("--workers", type=int, default=2)  # one per core
    parser.add_argument("--threads", type=int, default=6)
    args = parser.parse_args()

    os.environ["TRUSTED_PROXIES"] = "1"  # the live portal's environment starts from ours
    with live_portal("kmsite_load", workers=args.workers, threads=args.threads) as (base_url, env):
        writes = Writes(env)
        pages = public_pages(base_url)
        warm_up(base_url, pages, args.workers)
        results, state, stop = Results(), {"step": args.steps[0]}, threading.Event()
        threads = []
        for step in args.steps:
            state["step"] = step
            while len(threads) < step:
                thread = threading.Thread(
                    target=user,
                    args=(len(threads), base_url, pages, writes, results, state, stop),
                    daemon=True,
                )
                thread.start()
                threads.append(thread)
            time.sleep(args.step_seconds)
        stop.set()
        for thread in threads:
            thread.join(timeout=60)

        database = "PostgreSQL" if env["DATABASE_URL"].startswith("postgres") else "SQLite"
        print(
            f"\n{database}, gunicorn {args.workers} workers × {args.threads} threads, "
            f"{len(pages)} pages, behind a simulated proxy (X-Forwarded-For, 1 trusted hop)"
        )
        report(results, args.steps, args.step_seconds)
        print("\nwhat the writes left in the database:")
        print("\n".join(writes.check()))


if __name__ == "__main__":
    main()

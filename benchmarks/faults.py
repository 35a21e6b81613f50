"""Fault drill: the PostgreSQL server restarts while users are on the portal.

Ten simulated users keep reading pages and searching (0.1-0.3 s apart) against
gunicorn while the database server is restarted with ``pg_ctl restart -m fast``
(open connections are cut, as in a crash or failover).
Prints how the requests fared before, during and after the restart: failures
must be quick 503 pages (no hanging), and requests must succeed again as soon
as the server is back, without restarting gunicorn.

Needs DATABASE_URL pointing at a PostgreSQL server and PGDATA naming its data
directory (pg_ctl is run as the ``postgres`` user when this runs as root).
Run from the repository root: ``python benchmarks/faults.py``.
"""

import os
import random
import shlex
import subprocess
import sys
import threading
import time
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.demo_build import is_postgres
from tests.live_server import live_portal

USERS = 10
PATHS = ["/th/", "/en/", "/th/handbooks/", "/en/training/", "/th/search/?q=ภาษี"]


def pg_ctl(*args):
    command = shlex.join(["pg_ctl", "-D", os.environ["PGDATA"], *args])
    if os.geteuid() == 0:
        command = shlex.join(["su", "postgres", "-s", "/bin/bash", "-c", command])
    # The restarted server must not inherit our pipes, or run() would wait on it.
    subprocess.run(  # noqa: S602 - a command built by shlex from fixed words
        command, shell=True, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


def visitor(base_url, log, stop, seed):
    rng = random.Random(seed)
    session = requests.Session()
    while not stop.is_set():
        started = time.monotonic()
        try:
            status = session.get(base_url + rng.choice(PATHS), timeout=30).status_code
        except requests.RequestException:
            status = "connection error"
        log.append((started, time.monotonic() - started, status))
        stop.wait(rng.uniform(0.1, 0.3))


def summary(label, entries):
    if not entries:
        print(f"  {label:<8} no requests")
        return
    failed = [e for e in entries if e[2] != 200]
    slowest = max(e[1] for e in entries) * 1000
    statuses = sorted({str(e[2]) for e in failed})
    print(
        f"  {label:<8} {len(entries):>5} requests  {len(failed):>4} failed {statuses}  "
        f"slowest {slowest:.0f} ms"
    )


def main():
    if not is_postgres(os.environ.get("DATABASE_URL", "")) or "PGDATA" not in os.environ:
        sys.exit("Set DATABASE_URL to a PostgreSQL server and PGDATA to its data directory.")
    with live_portal("kmsite_faults", workers=2, threads=4) as (base_url, _env):
        log, stop = [], threading.Event()
        threads = [
            threading.Thread(target=visitor, args=(base_url, log, stop, n), daemon=True)
            for n in range(USERS)
        ]
        for thread in threads:
            thread.start()
        time.sleep(10)
        down = time.monotonic()
        pg_ctl("-m", "fast", "restart", "-w")  # keeps the server's own options
        up = time.monotonic()
        time.sleep(10)
        stop.set()
        for thread in threads:
            thread.join(timeout=30)

    print(f"database restart took {up - down:.1f} s while {USERS} users browsed")
    summary("before", [e for e in log if e[0] < down])
    summary("during", [e for e in log if down <= e[0] < up])
    after = [e for e in log if e[0] >= up]
    summary("after", after)
    first_ok = min((e[0] for e in after if e[2] == 200), default=None)
    if first_ok is not None:
        print(f"  first success {1000 * (first_ok - up):.0f} ms after the server was back")
    failures_after = [e for e in after if e[2] != 200 and e[0] > (first_ok or up)]
    print("recovered without a restart" if first_ok and not failures_after else "DID NOT RECOVER")


if __name__ == "__main__":
    main()

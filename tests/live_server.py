"""A real portal for journeys, load runs and drills: a gunicorn process serving its
own database holding the demo site (``tests/demo_build.py``)."""

import contextlib
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from tests.demo_build import ROOT, database_url, demo_database, drop_database, environment


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(base_url, server, log, timeout=60):
    deadline = time.monotonic() + timeout
    while True:
        try:
            urllib.request.urlopen(f"{base_url}/robots.txt", timeout=2)  # noqa: S310 - loopback
            return
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                raise RuntimeError(Path(log).read_text()[-3000:]) from None
            time.sleep(0.3)


@contextlib.contextmanager
def gunicorn(env, workdir, workers=2, threads=4):
    """Serve the portal with ``env``; yields the base URL.

    One request per connection, as from a reverse proxy: a kept-alive client
    connection would stay with the worker that accepted it, leaving the other
    workers idle while that one queues."""
    port = free_port()
    log = Path(workdir) / "server.log"
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "kmsite.wsgi", "--bind", f"127.0.0.1:{port}",
         "--workers", str(workers), "--threads", str(threads), "--keep-alive", "0",
         "--log-level", "warning"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log.open("w"),
    )  # fmt: skip
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base_url, server, log)
        yield base_url
    finally:
        # A busy machine can keep gunicorn's graceful stop past the wait: then kill it,
        # so a slow shutdown never fails the tests that used the server.
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


@contextlib.contextmanager
def live_portal(name, **server_options):
    """A freshly built demo portal on its own database; yields (base URL, env)."""
    workdir = Path(tempfile.mkdtemp(prefix=f"kmsite-{name}-"))
    url = database_url(workdir, name)
    try:
        url = demo_database(workdir, name)
        env = environment(url, workdir)
        with gunicorn(env, workdir, **server_options) as base_url:
            yield base_url, env
    finally:
        drop_database(url)
        shutil.rmtree(workdir, ignore_errors=True)

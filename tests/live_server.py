"""A real portal for journeys, load runs and drills: a gunicorn process serving its
own database (a fresh SQLite file, or a fresh PostgreSQL database when
DATABASE_URL points at PostgreSQL), migrated and loaded with the demo content by
the same commands ``make run`` uses."""

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def postgres_admin(url, statement):
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(statement)


def is_postgres(url):
    return url.startswith(("postgres://", "postgresql://"))


def fresh_database_url(workdir, name):
    """A new, empty database of the kind DATABASE_URL names (SQLite otherwise)."""
    url = os.environ.get("DATABASE_URL", "")
    if is_postgres(url):
        postgres_admin(url, f"DROP DATABASE IF EXISTS {name}")
        postgres_admin(url, f"CREATE DATABASE {name}")
        return urlunsplit(urlsplit(url)._replace(path=f"/{name}"))
    return f"sqlite:///{Path(workdir) / f'{name}.sqlite3'}"


def drop_database(url):
    if is_postgres(url):
        name = urlsplit(url).path.lstrip("/")
        postgres_admin(os.environ["DATABASE_URL"], f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def environment(database_url, workdir, settings="kmsite.settings.test"):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": settings,
        "DATABASE_URL": database_url,
        "TEST_MEDIA_ROOT": str(Path(workdir) / "media"),
        "TEST_PRIVATE_MEDIA_ROOT": str(Path(workdir) / "private-media"),
        "TEST_SHARED_CACHE": "1",
    }


def manage(env, *args):
    """``manage.py *args``; a failure says what the command printed."""
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if result.returncode:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stderr[-4000:]}")
    return result


def build_site(env):
    manage(env, "migrate", "--noinput")
    manage(env, "createcachetable")
    manage(env, "load_demo_content", "--force")


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
    database_url = fresh_database_url(workdir, name)
    env = environment(database_url, workdir)
    try:
        build_site(env)
        with gunicorn(env, workdir, **server_options) as base_url:
            yield base_url, env
    finally:
        drop_database(database_url)
        shutil.rmtree(workdir, ignore_errors=True)

"""The demo site's database, built by the real commands and shared per ``make test``.

The browser journeys (a live server), the demo pass (the tests marked demo) and
the benchmarks need the demo site built as ``make run`` builds it: ``migrate``,
``createcachetable``, ``load_demo_content`` (about a minute and a half here). Each
build gets its own database of the kind ``DATABASE_URL`` names (SQLite otherwise).

``make test`` names an empty directory in ``KMSITE_DEMO_BUILD``: the first pass to
need the site builds it there, holding a file lock, and every pass takes its own
copy: SQLite's backup API for SQLite, ``CREATE DATABASE ... TEMPLATE`` on
PostgreSQL, and the media files. Without the variable each caller builds its own.
``python -m tests.demo_build --remove DIR`` drops such a build's PostgreSQL
database and deletes the directory (``make test`` calls it when the passes end).
"""

import argparse
import contextlib
import fcntl
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
SHARED = "KMSITE_DEMO_BUILD"


def postgres_admin(url, statement):
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(statement)


def is_postgres(url):
    return url.startswith(("postgres://", "postgresql://"))


def database_url(workdir, name):
    """The URL of a database called ``name`` of the kind DATABASE_URL names (a SQLite
    file in ``workdir`` otherwise)."""
    url = os.environ.get("DATABASE_URL", "")
    if is_postgres(url):
        return urlunsplit(urlsplit(url)._replace(path=f"/{name}"))
    return f"sqlite:///{Path(workdir) / f'{name}.sqlite3'}"


def fresh_database_url(workdir, name):
    """The URL of a new, empty database (see :func:`database_url`)."""
    url = database_url(workdir, name)
    if is_postgres(url):
        create_postgres(name)
    return url


def create_postgres(name, template=None):
    """(Re)create the PostgreSQL database ``name``, empty or a copy of ``template``."""
    admin = os.environ["DATABASE_URL"]
    postgres_admin(admin, f"DROP DATABASE IF EXISTS {name}")
    postgres_admin(admin, f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))


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


@dataclass(frozen=True)
class Build:
    """A finished shared build: its database's URL and the directory of its media."""

    database_url: str
    directory: Path

    def copy_media(self, media_root, private_media_root):
        for name, target in (("media", media_root), ("private-media", private_media_root)):
            source = self.directory / name
            if source.exists():
                shutil.copytree(source, target, dirs_exist_ok=True)

    def copy_into(self, connection):
        """Replace all of an open sqlite3 ``connection``'s database with the build's."""
        with contextlib.closing(sqlite3.connect(urlsplit(self.database_url).path)) as source:
            source.backup(connection)

    def copy_to_postgres(self, name):
        """(Re)create the PostgreSQL database ``name`` as a copy of the build's (one
        copy at a time: PostgreSQL refuses a template another session is using)."""
        with _locked(self.directory):
            create_postgres(name, template=urlsplit(self.database_url).path.lstrip("/"))


@contextlib.contextmanager
def _locked(directory):
    with (directory / "lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def _build_name(directory):
    """The shared build's database name, derived from its directory for ``--remove``."""
    return "kmsite_demo_" + hashlib.sha256(str(directory).encode()).hexdigest()[:12]


def shared_build():
    """The build in ``KMSITE_DEMO_BUILD``, made by the first caller while the others
    wait; None when the variable is unset."""
    if not os.environ.get(SHARED):
        return None
    directory = Path(os.environ[SHARED]).resolve()
    done = directory / "done"
    with _locked(directory):
        if not done.exists():
            url = fresh_database_url(directory, _build_name(directory))
            build_site(environment(url, directory))
            done.write_text(url)
    return Build(done.read_text(), directory)


def demo_database(workdir, name):
    """A database called ``name`` holding the demo site, its media in ``workdir``
    (see :func:`environment`): a copy of the shared build, or built here."""
    build = shared_build()
    if build is None:
        url = fresh_database_url(workdir, name)
        build_site(environment(url, workdir))
        return url
    url = database_url(workdir, name)
    if is_postgres(url):
        build.copy_to_postgres(name)
    else:
        with contextlib.closing(sqlite3.connect(urlsplit(url).path)) as target:
            build.copy_into(target)
    build.copy_media(Path(workdir) / "media", Path(workdir) / "private-media")
    return url


def remove(directory):
    directory = Path(directory).resolve()
    drop_database(database_url(directory, _build_name(directory)))
    shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Remove a shared demo build.")
    parser.add_argument("--remove", metavar="DIR", required=True)
    remove(parser.parse_args().remove)

"""Backup/restore drill: dump a live demo portal (pg_dump + media), restore both
into an empty database and fresh media directories, then check that the restored
portal holds the same rows and answers the smoke requests as the original did.

Needs DATABASE_URL pointing at a PostgreSQL server (and pg_dump/pg_restore on
PATH). Run from the repository root: ``python benchmarks/backup_restore.py``.
Exits non-zero if anything differs.
"""

import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.demo_build import drop_database, environment, fresh_database_url, is_postgres
from tests.live_server import gunicorn, live_portal

SMOKE = [
    "/th/",
    "/en/",
    "/th/handbooks/",
    "/en/handbooks/",
    "/th/search/?q=ภาษี",
    "/th/training/",
    "/sitemap.xml",
]
MEDIA_DIRS = ("TEST_MEDIA_ROOT", "TEST_PRIVATE_MEDIA_ROOT")


def table_counts(url):
    import psycopg

    with psycopg.connect(url) as connection:
        tables = connection.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
        ).fetchall()
        return {
            name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]  # noqa: S608
            for (name,) in tables
        }


def smoke(base_url):
    """Status and size of the smoke pages, plus a staff-only page and a document."""
    results = {path: requests.get(base_url + path, timeout=30).status_code for path in SMOKE}
    session = requests.Session()
    session.get(f"{base_url}/th/accounts/login/", timeout=30)
    session.post(
        f"{base_url}/th/accounts/login/",
        {
            "login": "staff",
            "password": "changeme",
            "csrfmiddlewaretoken": session.cookies["csrftoken"],
        },
        timeout=30,
    )
    results["/th/intranet/ (staff)"] = session.get(
        f"{base_url}/th/intranet/", timeout=30
    ).status_code
    document = session.get(f"{base_url}/documents/1/sample-pnd91.pdf", timeout=30)
    results["document 1 bytes"] = len(document.content) if document.ok else document.status_code
    return results


def timed(label, function, *args):
    started = time.perf_counter()
    value = function(*args)
    print(f"  {label:<28} {time.perf_counter() - started:6.1f} s")
    return value


def postgres_tool(name, *args):
    """Run pg_dump or pg_restore with arguments this script builds itself."""
    subprocess.run([shutil.which(name), *args], check=True)


def dump(env, archive_dir):
    dump_file = archive_dir / "database.dump"
    postgres_tool("pg_dump", "-Fc", "-f", str(dump_file), env["DATABASE_URL"])
    with tarfile.open(archive_dir / "media.tar.gz", "w:gz") as archive:
        for variable in MEDIA_DIRS:
            if Path(env[variable]).exists():
                archive.add(env[variable], arcname=variable)
    return dump_file


def restore(dump_file, archive_dir, workdir):
    url = fresh_database_url(workdir, "kmsite_drill_restored")
    postgres_tool("pg_restore", "--no-owner", "--exit-on-error", "-d", url, str(dump_file))
    env = environment(url, workdir)
    with tarfile.open(archive_dir / "media.tar.gz") as archive:
        for member in archive.getmembers():
            variable, _, rest = member.name.partition("/")
            member.name = (
                str(Path(env[variable]).relative_to(workdir) / rest)
                if rest
                else Path(env[variable]).name
            )
        archive.extractall(workdir, filter="data")
    return env


def main():
    if not is_postgres(os.environ.get("DATABASE_URL", "")):
        sys.exit("Set DATABASE_URL to a PostgreSQL server (the drill uses pg_dump).")
    archive_dir = Path(tempfile.mkdtemp(prefix="kmsite-backup-"))
    workdir = Path(tempfile.mkdtemp(prefix="kmsite-restored-"))
    restored_env = None
    try:
        print("backup/restore drill")
        with live_portal("kmsite_drill_source") as (base_url, env):
            before_smoke = smoke(base_url)
            before_rows = table_counts(env["DATABASE_URL"])
            dump_file = timed("pg_dump + media archive", dump, env, archive_dir)
        sizes = {path.name: path.stat().st_size for path in archive_dir.iterdir()}
        print(
            "  archive: " + ", ".join(f"{name} {size / 1e6:.1f} MB" for name, size in sizes.items())
        )
        restored_env = timed(
            "restore into empty database", restore, dump_file, archive_dir, workdir
        )
        with gunicorn(restored_env, workdir) as restored_url:
            after_rows = table_counts(restored_env["DATABASE_URL"])
            after_smoke = smoke(restored_url)
        differing = {
            t
            for t in before_rows.keys() | after_rows.keys()
            if before_rows.get(t) != after_rows.get(t)
        }
        print(
            f"  tables: {len(before_rows)}, rows: {sum(before_rows.values())}, differing tables: {len(differing)}"
        )
        for check, value in before_smoke.items():
            print(f"  {check:<28} before {value!s:>8}  after {after_smoke[check]!s:>8}")
        ok = (
            not differing
            and before_smoke == after_smoke
            and all(value == 200 or check.endswith("bytes") for check, value in after_smoke.items())
        )
        print("drill passed" if ok else f"DRILL FAILED: {sorted(differing)}")
        sys.exit(0 if ok else 1)
    finally:
        if restored_env:
            drop_database(restored_env["DATABASE_URL"])
        shutil.rmtree(archive_dir, ignore_errors=True)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()

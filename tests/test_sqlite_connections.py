"""SQLite keeps one connection per thread across requests (persistent, as under
gunicorn's threads), and two threads writing at once both succeed."""

import threading

import pytest
from django.conf import settings
from django.db import close_old_connections, connections, transaction

pytestmark = pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3",
    reason="SQLite settings (DATABASE_URL names another database)",
)

WRITES = 40


def test_sqlite_connections_are_kept_and_checked():
    assert settings.DATABASES["default"]["CONN_MAX_AGE"] > 0
    assert settings.DATABASES["default"]["CONN_HEALTH_CHECKS"]


@pytest.fixture
def file_database(tmp_path, django_db_blocker):
    """An alias for a SQLite file with the portal's settings (the test database is in
    memory, where threads share a cache and wait on no busy timeout)."""
    alias = "threads"
    unblocked = django_db_blocker.unblock()
    unblocked.__enter__()
    connections.settings[alias] = {
        **connections.settings["default"],
        "NAME": str(tmp_path / "threads.sqlite3"),
        "TEST": {},
    }
    with connections[alias].cursor() as cursor:
        cursor.execute("CREATE TABLE counter (thread TEXT, value INTEGER)")
    connections[alias].close()
    yield alias
    connections[alias].close()
    del connections.settings[alias]
    unblocked.__exit__(None, None, None)


def test_two_threads_write_at_once_on_their_kept_connections(file_database):
    raw_connections, errors = {}, []

    def requests(name):
        try:
            for value in range(WRITES):
                close_old_connections()  # as at the start and end of each request
                database = connections[file_database]
                with transaction.atomic(using=file_database), database.cursor() as cursor:
                    cursor.execute("SELECT COUNT(*) FROM counter")
                    cursor.execute("INSERT INTO counter VALUES (%s, %s)", [name, value])
                raw_connections.setdefault(name, []).append(database.connection)
                close_old_connections()
            connections[file_database].close()
        except Exception as error:  # reported below, with the thread that raised it
            errors.append((name, error))

    threads = [threading.Thread(target=requests, args=(name,)) for name in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    opened = {name: len({id(raw) for raw in kept}) for name, kept in raw_connections.items()}
    assert opened == {"a": 1, "b": 1}  # each thread kept its one connection
    with connections[file_database].cursor() as cursor:
        cursor.execute("SELECT thread, COUNT(*) FROM counter GROUP BY thread ORDER BY thread")
        assert cursor.fetchall() == [("a", WRITES), ("b", WRITES)]

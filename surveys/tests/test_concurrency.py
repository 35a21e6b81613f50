"""One response per reference when several submits of it arrive at once.

Real threads, each with its own database connection, post the same link's
answers after a barrier; the database's unique constraint decides, and every
other request is told it has already answered (never a 500). Runs on SQLite and
on PostgreSQL (CI runs the suite with DATABASE_URL set)."""

import sqlite3
import threading

import pytest
from django.db import connection, connections
from django.test import Client
from django.utils import translation

from surveys.factories import SurveyFactory
from surveys.links import response_link
from surveys.models import Answer, MonthlyAggregate, Response
from surveys.models.aggregates import RESPONSES

THREADS = 6
GOOD = {"process_wait": "5", "staff_smile": "na", "overall": "4", "suggestion": "ดีมาก"}


def in_thread(work):
    """``work()`` run in a new thread with its own database connection; its result."""
    result = {}

    def run():
        try:
            result["value"] = work()
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout=60)
    return result["value"]


@pytest.fixture
def shared_database(tmp_path):
    """The database the threads share. SQLite's in-memory test database shares
    one cache between connections and refuses a second writer at once ("database
    table is locked") where the file database the portal runs on (WAL, IMMEDIATE
    transactions, a busy timeout) makes it wait; so on SQLite the threads work on
    a file copy of the test database. The main thread keeps its own connection
    open and unused meanwhile (closing it would drop the in-memory database)."""
    if connection.vendor != "sqlite" or not connection.is_in_memory_db():
        yield
        return
    path = tmp_path / "shared.sqlite3"
    copy = sqlite3.connect(path)
    connection.ensure_connection()
    connection.connection.backup(copy)
    copy.close()
    settings = connections.settings["default"]
    memory = settings["NAME"]
    settings["NAME"] = str(path)
    try:
        yield
    finally:
        settings["NAME"] = memory


@pytest.mark.django_db(transaction=True)
def test_simultaneous_submits_of_one_reference_save_one_response(offices, request):
    SurveyFactory(offices=offices[:1], slug="service-2569")
    link = response_link("C-2569-0042", offices[0])
    request.getfixturevalue("shared_database")
    barrier = threading.Barrier(THREADS)
    outcomes = [None] * THREADS

    def submit(index):
        client = Client(raise_request_exception=False, REMOTE_ADDR=f"192.0.2.{index + 1}")
        try:
            barrier.wait(timeout=30)
            response = client.post(link, GOOD)
            outcomes[index] = (response.status_code, response.content.decode())
        finally:
            connection.close()

    threads = [threading.Thread(target=submit, args=(index,)) for index in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert sorted(status for status, _html in outcomes) == [200] * (THREADS - 1) + [302]
    with translation.override("th"):
        already = translation.gettext("Thank you, you have already answered")
    assert all(already in html for status, html in outcomes if status == 200)
    stored = in_thread(
        lambda: (
            Response.objects.count(),
            Answer.objects.count(),
            MonthlyAggregate.objects.get(question=RESPONSES).count,
        )
    )
    assert stored == (1, 4, 1)

"""The Thai search finds complaints for the officers who may open them, and for
nobody else."""

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from complaints import factories, workflow
from complaints.choices import Kind
from complaints.tests.conftest import work_at

pytestmark = pytest.mark.django_db
WORD = "เครื่องคิดเลขภาษี"


@pytest.fixture
def filed(offices, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return {
            "area": factories.file(office=offices["area"], subject=f"ระบบ{WORD}ขัดข้อง"),
            "other": factories.file(office=offices["other"], subject=f"{WORD}คำนวณผิด"),
            "tip": factories.file(
                office=offices["area"], kind=Kind.CORRUPTION, subject=f"เบาะแส{WORD}"
            ),
        }


def _found(client, **params):
    response = client.get("/th/search/", {"q": WORD, **params})
    assert response.status_code == 200
    return response


def test_an_officer_finds_the_complaints_of_their_office(sign_in, user_for, offices, filed):
    client = sign_in(work_at(user_for("officer"), offices["area"]))
    page = _found(client, type="complaints-complaint")
    assert filed["area"].reference in page.text
    assert filed["other"].reference not in page.text and filed["tip"].reference not in page.text


def test_a_designated_officer_finds_tips(sign_in, user_for, offices, filed):
    designated = work_at(user_for("officer"), offices["other"])
    designated.user_permissions.add(Permission.objects.get(codename="handle_corruption_tips"))
    page = _found(sign_in(designated), type="complaints-complaint")
    assert filed["tip"].reference in page.text and filed["other"].reference in page.text
    assert filed["area"].reference not in page.text


def _index_queries(action, capture):
    with CaptureQueriesContext(connection) as queries, capture(execute=True):
        action()
    assert queries.captured_queries
    return [q for q in queries.captured_queries if "wagtailsearch_indexentry" in q["sql"]]


def test_a_transfer_reaches_the_index(user_for, offices, filed, django_capture_on_commit_callbacks):
    """Search engines filter on the office stored in their index (see
    search/tests/test_opensearch_complaints.py for the live node)."""

    def move():
        workflow.triage(filed["area"], user_for("officer"), office=offices["other"])

    assert _index_queries(move, django_capture_on_commit_callbacks)


def test_actions_that_change_no_indexed_field_leave_the_index_alone(
    user_for, filed, django_capture_on_commit_callbacks
):
    officer = user_for("officer")

    def work():
        workflow.acknowledge(filed["area"], officer)
        workflow.add_note(filed["area"], officer, "โทรแจ้งผู้ร้องแล้ว")

    assert not _index_queries(work, django_capture_on_commit_callbacks)


@pytest.mark.parametrize("role", [None, "citizen", "staff", "editor", "moderator"])
def test_nobody_else_finds_a_complaint_or_is_offered_the_type(sign_in, filed, role):
    client = sign_in(role)
    for params in ({}, {"type": "complaints-complaint"}):
        page = _found(client, **params)
        assert all(complaint.reference not in page.text for complaint in filed.values())
        assert all(complaint.subject not in page.text for complaint in filed.values())
        assert 'value="complaints-complaint"' not in page.text

"""The office heads' statistics page: their office and its branches only, with the
overdue complaints and each officer's workload; executives choose any office."""

import pytest

from complaints import factories, workflow
from complaints.choices import Kind, Outcome
from complaints.tests.conftest import bangkok, work_at

pytestmark = pytest.mark.django_db
PAGE = "/th/complaints/inbox/statistics/"


@pytest.fixture
def filed(offices, user_for):
    """Two late complaints at the area office (one at its branch, assigned), one
    answered there, one late at the other office, and a corruption tip."""
    officer = work_at(user_for("officer"), offices["area"])
    old = bangkok(2026, 1, 5, 9, 0)
    area = factories.file(office=offices["area"], received_at=old, subject="เรื่องพื้นที่")
    branch = factories.file(office=offices["branch"], received_at=old)
    workflow.triage(branch, officer, assignee=officer)
    answered = factories.file(office=offices["area"])
    workflow.answer(answered, officer, "ตอบ", Outcome.UPHELD)
    other = factories.file(office=offices["other"], received_at=old, subject="เรื่องสุโขทัย")
    tip = factories.file(office=offices["area"], kind=Kind.CORRUPTION, received_at=old)
    return {"area": area, "branch": branch, "other": other, "tip": tip, "officer": officer}


def test_a_head_sees_their_office_and_branches_only(
    filed, offices, sign_in, user_for, django_assert_max_num_queries
):
    head = work_at(user_for("head"), offices["area"])
    client = sign_in(head)
    with django_assert_max_num_queries(40) as few:
        page = client.get(PAGE, {"office": offices["other"].pk})  # asks for another office
    assert page.status_code == 200 and page.context["office"] == offices["area"]
    assert page.context["report"]["total"] == 3
    assert {c.reference for c in page.context["overdue"]} == {
        filed["area"].reference, filed["branch"].reference
    }  # fmt: skip
    for hidden in (filed["other"], filed["tip"]):
        assert hidden.reference not in page.text
    assert "เรื่องสุโขทัย" not in page.text and 'data-office="PLK"' in page.text
    workload = {row["assignee"]: row for row in page.context["workload"]}
    assert workload[filed["officer"]]["open"] == 1 and workload[filed["officer"]]["overdue"] == 1
    assert workload[None]["open"] == 1
    assert 'id="complaints-months-t"' in page.text and 'id="complaints-channels-t"' in page.text
    for _ in range(5):
        factories.file(office=offices["branch"], received_at=bangkok(2026, 1, 5, 9, 0))
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(PAGE)


def test_the_head_of_another_office_sees_only_theirs(filed, offices, sign_in, user_for):
    head = work_at(user_for("head"), offices["other"])
    page = sign_in(head).get(PAGE, {"office": offices["area"].pk})
    assert page.context["office"] == offices["other"] and page.context["report"]["total"] == 1
    for hidden in (filed["area"], filed["branch"], filed["tip"]):
        assert hidden.reference not in page.text
    assert [row["open"] for row in page.context["workload"]] == [1]


def test_a_head_without_an_office_sees_nothing(filed, sign_in):
    page = sign_in("head").get(PAGE)
    assert page.status_code == 200 and not page.context["allowed"]
    assert "report" not in page.context and filed["area"].reference not in page.text


def test_an_executive_chooses_any_office_or_the_region(filed, offices, sign_in):
    client = sign_in("executive")
    region = client.get(PAGE)
    assert region.context["office"] is None and region.context["report"]["total"] == 4
    assert filed["tip"].reference not in region.text
    other = client.get(PAGE, {"office": offices["other"].pk})
    assert other.context["report"]["total"] == 1
    assert [c.reference for c in other.context["overdue"]] == [filed["other"].reference]


@pytest.mark.parametrize("role, status", [
    (None, 302), ("citizen", 403), ("staff", 403), ("officer", 403), ("editor", 403),
])  # fmt: skip
def test_nobody_else_opens_it(filed, sign_in, role, status):
    page = sign_in(role).get(PAGE)
    assert page.status_code == status
    assert filed["area"].reference.encode() not in page.content


def test_the_inbox_links_it_for_heads_only(filed, offices, sign_in, user_for):
    head = work_at(user_for("head"), offices["area"])
    assert 'id="office-statistics-link"' in sign_in(head).get("/th/complaints/inbox/").text
    officer = filed["officer"]
    assert 'id="office-statistics-link"' not in sign_in(officer).get("/th/complaints/inbox/").text

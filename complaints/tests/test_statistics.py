"""Public statistics that equal the database, open data, and the officers' CSV."""

import csv
import datetime
import io

import pytest

from complaints import factories, open_statistics, statistics, workflow
from complaints.choices import Channel, Kind, Outcome, Priority
from complaints.models import Complaint
from complaints.tests.conftest import bangkok, work_at

pytestmark = pytest.mark.django_db
PERIOD = statistics.Period.year(2027)
STATS = "/en/complaints/statistics/"


@pytest.fixture
def filed(offices, at, user_for):
    """Five complaints in March 2027 and one tip: answers in 2 and 6 working days,
    one late, one reopened, two rated."""
    officer = user_for("officer")
    made = []
    for n, (office, priority, channel) in enumerate([
        ("area", Priority.P2, Channel.WEB), ("branch", Priority.P2, Channel.LINE),
        ("other", Priority.P3, Channel.WEB), ("area", Priority.P3, Channel.PHONE),
        ("area", Priority.P1, Channel.WEB),
    ]):  # fmt: skip
        received = at(bangkok(2027, 3, 1 + n, 9, 0))
        complaint = factories.file(office=offices[office], channel=channel, received_at=received)
        workflow.triage(complaint, officer, priority=priority)
        made.append(complaint)
    factories.file(
        office=offices["area"], kind=Kind.CORRUPTION, received_at=at(bangkok(2027, 3, 9, 9, 0))
    )
    at(bangkok(2027, 3, 8, 9, 0))
    workflow.answer(made[0], officer, "ตอบ", Outcome.UPHELD)  # 5 working days, in time (P2: 15)
    workflow.confirm(made[0], 4)
    at(bangkok(2027, 3, 5, 9, 0))
    workflow.answer(made[1], officer, "ตอบ", Outcome.UPHELD)  # 3 working days
    at(bangkok(2027, 4, 30, 9, 0))
    workflow.answer(made[2], officer, "ตอบ", Outcome.NOT_UPHELD)  # late
    workflow.reopen(made[2], "ไม่พอใจ")
    workflow.answer(made[2], officer, "ตอบอีกครั้ง", Outcome.NOT_UPHELD)
    workflow.confirm(made[2], 2)
    return made


def test_the_figures_equal_the_database(filed, offices):
    report = statistics.report(PERIOD, now=bangkok(2027, 5, 1, 9, 0))
    assert report["total"] == Complaint.objects.exclude(kind=Kind.CORRUPTION).count() == 5
    rows = {row["priority"]: row for row in report["priorities"]}
    assert rows["P2"]["received"] == 2 and rows["P2"]["answer_share"] == 100.0
    assert rows["P2"]["median_days"] == 4.0 and rows["P2"]["p90_days"] == 5.0
    assert rows["P2"]["rating"] == 4 and rows["P2"]["rated"] == 1
    # P3: one answered late and reopened, one open and past due.
    assert rows["P3"]["answer_share"] == 0.0 and rows["P3"]["reopen_share"] == 100.0
    assert rows["P1"]["ack_share"] == 100.0 and rows["P1"]["answer_share"] == 0.0
    assert dict(report["channels"]) == {"web": 3, "line": 1, "phone": 1}
    assert {code: n for code, _title, n in report["offices"]} == {"PLK": 3, "PLK-01": 1, "SKT": 1}
    months = dict(report["months"])
    assert months == {datetime.date(2027, 3, 1): 5}


def test_an_office_counts_its_branches(filed, offices):
    assert statistics.report(PERIOD, offices["area"])["total"] == 4


def test_services_whose_complaints_rose_are_listed(offices, at):
    vat = factories.CategoryFactory(service_group="vat")
    for received in (
        bangkok(2027, 3, 1, 9, 0),
        bangkok(2027, 3, 2, 9, 0),
        bangkok(2026, 3, 2, 9, 0),
    ):
        workflow.triage(factories.file(received_at=at(received)), None, category=vat)
    assert statistics.rising_services(PERIOD) == [("vat", 2, 1)]


def test_the_page_shows_the_figures_without_personal_data(
    filed, sign_in, django_assert_max_num_queries
):
    client = sign_in()
    with django_assert_max_num_queries(25) as few:
        page = client.get(STATS, {"year": "2027"})
    assert page.context["report"]["total"] == 5
    assert 'data-total="5"' in page.text
    assert "somying@example.com" not in page.text and "สมหญิง" not in page.text
    assert filed[0].subject not in page.text and filed[0].reference not in page.text
    assert "<svg" in page.text
    factories.file(received_at=bangkok(2027, 6, 1, 9, 0))
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(STATS, {"year": "2027"})


def test_the_page_counts_a_new_complaint_at_once(sign_in, offices):
    client = sign_in()
    before = client.get(STATS).context["report"]["total"]
    factories.file(office=offices["area"])
    assert client.get(STATS).context["report"]["total"] == before + 1


def test_bad_filters_fall_back_to_the_defaults(sign_in, offices):
    page = sign_in().get(STATS, {"year": "abc", "office": "1 OR 1=1"})
    assert page.status_code == 200 and page.context["office"] is None


def test_monthly_open_data(filed, sign_in):
    data = sign_in().get("/en/complaints/statistics/monthly.json", {"year": "2027"}).json()
    rows = {row["office_code"]: row for row in data["monthly"]}
    assert rows["PLK"] == {
        "month": "2027-03", "office_code": "PLK", "category_id": None, "category": "",
        "category_en": "", "service_group": "", "received": 3, "closed": 1,
        "closed_within_sla": 1, "median_working_days": 5.0, "rated": 1, "satisfaction_mean": 4.0,
    }  # fmt: skip
    text = sign_in().get("/en/complaints/statistics/monthly.csv", {"year": "2027"}).content
    table = list(csv.reader(io.StringIO(text.decode("utf-8-sig"))))
    assert table[0] == list(open_statistics.KEYS) and len(table) == 4


def test_the_officers_export_is_injection_safe_and_only_what_they_see(sign_in, user_for, offices):
    officer = work_at(user_for("officer"), offices["area"])
    factories.file(office=offices["area"], subject="=HYPERLINK(1)")
    complaint = factories.file(office=offices["area"])
    workflow.answer(complaint, officer, "ตอบ", Outcome.UPHELD, "=cmd|' /C calc'!A0", "-2+3")
    factories.file(office=offices["other"])
    response = sign_in(officer).get("/en/complaints/inbox/export.csv")
    table = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(table) == 3
    cells = [cell for row in table for cell in row]
    assert "'=cmd|' /C calc'!A0" in cells and "'-2+3" in cells
    assert sign_in("citizen").get("/en/complaints/inbox/export.csv").status_code == 403


def test_officers_also_see_their_overdue_complaints(sign_in, user_for, offices):
    head = work_at(user_for("head"), offices["area"])
    late = factories.file(office=offices["area"], received_at=bangkok(2020, 1, 6, 9, 0))
    elsewhere = factories.file(office=offices["other"], received_at=bangkok(2020, 1, 6, 9, 0))
    page = sign_in(head).get(STATS)
    assert page.context["overdue"] == [late]
    assert elsewhere.reference not in page.text
    public = sign_in("citizen").get(STATS)
    assert public.context["overdue"] is None and late.reference not in public.text

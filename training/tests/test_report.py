"""The supervisors' completion report: counts by office and unit, filters and CSV."""

import csv
import io

import pytest

from core.csv import csv_cell
from core.routing import subpage_url
from offices.factories import OfficeIndexPageFactory, OfficePageFactory
from portal.factories import UserFactory, user_with_role
from portal.models import StaffProfile
from tests.world import translate
from training.learning import enrol
from training.tests.helpers import build_course, complete_course, course_index

OFFICE, UNIT = "สำนักงานสรรพากรทดสอบเหนือ", "ฝ่ายบริการทดสอบ"
OFFICE_EN = "North Test Revenue Office"
SUPERVISOR_OFFICE = "สำนักงานสรรพากรทดสอบภาค"
NOTED_OFFICE = "สำนักงานที่ยังไม่อยู่ในทำเนียบ"

pytestmark = [pytest.mark.django_db]


def report_url(name="report"):
    return subpage_url(course_index(), name)


def read_csv(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


@pytest.fixture(scope="module")
def courses(module_site):
    """Two courses in Thai and English; a staff member in ``OFFICE``/``UNIT`` (an office of
    the directory, translated) has completed the first and started the second, and a
    colleague whose office is only a note has started it too; the supervisor's own
    office has no enrolments."""
    completed = build_course(modules=1, lessons=1, english={"title": "Counter service"})
    started = build_course(modules=1, lessons=1, english={"title": "Service from the heart"})
    directory = OfficeIndexPageFactory(parent=module_site.home)
    translate(directory, title="Revenue offices")
    office = OfficePageFactory(parent=directory, title=OFFICE)
    translate(office, title=OFFICE_EN)
    supervisor_office = OfficePageFactory(parent=directory, title=SUPERVISOR_OFFICE)
    staff = user_with_role("staff")
    StaffProfile.objects.create(user=staff, office=office, unit=UNIT)
    complete_course(staff, completed)
    enrol(staff, started.page)
    colleague = user_with_role("staff")
    StaffProfile.objects.create(user=colleague, office_note=NOTED_OFFICE, unit=UNIT)
    enrol(colleague, started.page)
    supervisor = user_with_role("supervisor")
    StaffProfile.objects.create(user=supervisor, office=supervisor_office)
    return completed, started, supervisor


@pytest.fixture
def supervisor_client(client, courses):
    client.force_login(courses[2])
    return client


def test_counts_by_office_and_unit(supervisor_client, courses):
    completed, started, _supervisor = courses
    response = supervisor_client.get(report_url())
    body = response.content.decode()
    assert OFFICE in body and UNIT in body
    rows = read_csv(supervisor_client.get(report_url("report_csv")))
    by_course = {row[0]: row for row in rows[1:]}
    assert by_course[completed.page.title][1:] == [OFFICE, UNIT, "1", "0", "1", "100"]
    started_rows = {row[1]: row for row in rows[1:] if row[0] == started.page.title}
    assert started_rows.keys() == {OFFICE, NOTED_OFFICE}
    assert started_rows[OFFICE][3:6] == ["1", "1", "0"]


def test_filters_and_english_titles(supervisor_client, courses):
    course = courses[1].page
    rows = read_csv(supervisor_client.get(report_url("report_csv"), {"course": course.pk}))
    assert len(rows) == 3
    form = supervisor_client.get(report_url()).context["form"]
    offices = dict(form.fields["office"].choices)
    assert set(offices.values()) == {"ทั้งหมด", OFFICE, SUPERVISOR_OFFICE}
    by_title = {title: pk for pk, title in offices.items()}
    rows = read_csv(
        supervisor_client.get("/en/training/report/csv/", {"office": by_title[SUPERVISOR_OFFICE]})
    )
    assert rows[0][0] == "Course" and len(rows) == 1
    rows = read_csv(supervisor_client.get("/en/training/report/csv/", {"office": by_title[OFFICE]}))
    assert {row[1] for row in rows[1:]} == {OFFICE_EN}
    english = supervisor_client.get("/en/training/report/").content.decode()
    assert courses[1].english.title in english and OFFICE_EN in english
    assert supervisor_client.get(report_url(), {"course": "x"}).status_code == 200


def test_csv_is_safe_against_formula_injection(supervisor_client, courses):
    evil = UserFactory(username="evil", groups=["Staff"])
    StaffProfile.objects.create(user=evil, office_note='=HYPERLINK("http://x")', unit="+1-2")
    enrol(evil, courses[1].page)
    rows = read_csv(supervisor_client.get(report_url("report_csv")))
    cells = [cell for row in rows for cell in row]
    assert '\'=HYPERLINK("http://x")' in cells and "'+1-2" in cells
    assert not any(cell.startswith(("=", "+", "@")) for cell in cells)
    assert csv_cell("-3") == "'-3" and csv_cell(3) == 3


def test_report_queries_do_not_grow_with_enrolments(
    supervisor_client, courses, django_assert_max_num_queries
):
    course = courses[1].page
    for number in range(15):
        user = UserFactory(username=f"bulk{number}", groups=["Staff"])
        StaffProfile.objects.create(user=user, office_note=f"สาขา {number}", unit="ฝ่าย")
        enrol(user, course)
    url = report_url()
    supervisor_client.get(url)  # the first request walks the page tree to the route
    with django_assert_max_num_queries(22):
        assert supervisor_client.get(url).status_code == 200

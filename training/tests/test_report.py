"""The supervisors' completion report: counts by office and unit, filters and CSV."""

import csv
import io

import pytest
from django.urls import reverse

from core.csv import csv_cell
from portal.demo.loader import demo_user
from portal.factories import UserFactory
from portal.models import StaffProfile
from training.learning import enrol
from training.models import CoursePage

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def read_csv(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


@pytest.fixture
def supervisor_client(client):
    client.force_login(demo_user("supervisor"))
    return client


def test_counts_by_office_and_unit(supervisor_client):
    response = supervisor_client.get(reverse("training:report"))
    body = response.content.decode()
    assert "สำนักงานสรรพากรพื้นที่พิษณุโลก" in body and "ฝ่ายบริการผู้เสียภาษี" in body
    rows = read_csv(supervisor_client.get(reverse("training:report_csv")))
    by_course = {row[0]: row for row in rows[1:]}
    counter = by_course["บริการหน้าเคาน์เตอร์อย่างเป็นเลิศ"]
    assert counter[1:] == ["สำนักงานสรรพากรพื้นที่พิษณุโลก", "ฝ่ายบริการผู้เสียภาษี", "1", "0", "1", "100"]
    smile = by_course["หลักสูตร SMILE บริการด้วยใจ"]
    assert smile[3:6] == ["1", "1", "0"]


def test_filters_and_english_titles(supervisor_client):
    course = CoursePage.objects.get(slug="smile", locale__language_code="th")
    rows = read_csv(supervisor_client.get(reverse("training:report_csv"), {"course": course.pk}))
    assert len(rows) == 2
    rows = read_csv(
        supervisor_client.get("/en/training/report/csv/", {"office": "สำนักงานสรรพากรภาค 7"})
    )
    assert rows[0][0] == "Course" and len(rows) == 1
    english = supervisor_client.get("/en/training/report/").content.decode()
    assert "SMILE: service from the heart" in english
    assert supervisor_client.get(reverse("training:report"), {"course": "x"}).status_code == 200


def test_csv_is_safe_against_formula_injection(supervisor_client):
    evil = UserFactory(username="evil", groups=["Staff"])
    StaffProfile.objects.create(user=evil, office='=HYPERLINK("http://x")', unit="+1-2")
    enrol(evil, CoursePage.objects.get(slug="smile", locale__language_code="th"))
    rows = read_csv(supervisor_client.get(reverse("training:report_csv")))
    cells = [cell for row in rows for cell in row]
    assert '\'=HYPERLINK("http://x")' in cells and "'+1-2" in cells
    assert not any(cell.startswith(("=", "+", "@")) for cell in cells)
    assert csv_cell("-3") == "'-3" and csv_cell(3) == 3


def test_report_queries_do_not_grow_with_enrolments(
    supervisor_client, django_assert_max_num_queries
):
    course = CoursePage.objects.get(slug="smile", locale__language_code="th")
    for number in range(15):
        user = UserFactory(username=f"bulk{number}", groups=["Staff"])
        StaffProfile.objects.create(user=user, office=f"สาขา {number}", unit="ฝ่าย")
        enrol(user, course)
    with django_assert_max_num_queries(22):
        assert supervisor_client.get(reverse("training:report")).status_code == 200

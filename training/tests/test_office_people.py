"""The supervisor's office report: every staff member, enrolled or not, per course."""

import csv
import io
import re

import pytest

from core.routing import subpage_url
from offices.factories import OfficeIndexPageFactory, OfficePageFactory
from portal.factories import UserFactory, user_with_role
from portal.models import StaffProfile
from training.learning import enrol
from training.tests.helpers import build_course, complete_course, course_index

pytestmark = [pytest.mark.django_db]


def url(name="office_people"):
    return subpage_url(course_index(), name)


def staff_in(office, first_name, role="staff", unit="ฝ่ายบริการ"):
    user = user_with_role(role)
    user.first_name, user.last_name = first_name, "ทดสอบ"
    user.save()
    StaffProfile.objects.create(user=user, office=office, unit=unit)
    return user


@pytest.fixture(scope="module")
def office(module_site):
    """Two courses; in the supervisor's office one person completed the first, one
    started it, one never enrolled in anything; another office has its own staff."""
    smile = build_course(modules=1, lessons=1)
    other_course = build_course(modules=1, lessons=1)
    directory = OfficeIndexPageFactory(parent=module_site.home)
    mine = OfficePageFactory(parent=directory, title="สำนักงานสรรพากรพื้นที่ทดสอบหนึ่ง")
    elsewhere = OfficePageFactory(parent=directory, title="สำนักงานสรรพากรพื้นที่ทดสอบสอง")
    done, started, never = (staff_in(mine, name) for name in ("กมล", "ขวัญ", "คณิน"))
    complete_course(done, smile)
    enrol(started, smile.page)
    outsider = staff_in(elsewhere, "งามตา")
    enrol(outsider, smile.page)
    supervisor = staff_in(mine, "จันทร์", role="supervisor")
    citizen = UserFactory(username="citizen-in-office")  # not staff: never listed
    StaffProfile.objects.create(user=citizen, office=mine)
    return {
        "smile": smile.page, "other": other_course.page, "done": done, "started": started,
        "never": never, "outsider": outsider, "supervisor": supervisor, "citizen": citizen,
    }  # fmt: skip


def statuses(html, course):
    return dict(
        re.findall(
            rf'<tr data-person="([^"]+)">.*?data-course="{course.pk}" data-status="([a-z-]+)"',
            html,
            re.S,
        )
    )


def test_every_staff_member_of_the_office_is_listed_with_a_status(client, office):
    client.force_login(office["supervisor"])
    html = client.get(url()).content.decode()
    smile = statuses(html, office["smile"])
    assert smile == {
        office["done"].username: "completed",
        office["started"].username: "in-progress",
        office["never"].username: "not-started",
        office["supervisor"].username: "not-started",
    }
    assert set(statuses(html, office["other"]).values()) == {"not-started"}


def test_other_offices_and_non_staff_are_absent(client, office):
    client.force_login(office["supervisor"])
    html = client.get(url()).content.decode()
    assert office["outsider"].username not in html and "งามตา" not in html
    assert office["citizen"].username not in html
    body = client.get(url("office_people_csv")).content.decode("utf-8")
    assert "งามตา" not in body


def test_filtering_finds_who_has_not_started_a_course(client, office):
    client.force_login(office["supervisor"])
    response = client.get(url(), {"course": office["smile"].pk, "status": "not-started"})
    html = response.content.decode()
    people = re.findall(r'<tr data-person="([^"]+)">', html)
    assert sorted(people) == sorted([office["never"].username, office["supervisor"].username])
    assert f'data-course="{office["other"].pk}"' not in html


def test_the_csv_opens_in_excel_with_one_line_per_person_and_course(client, office):
    client.force_login(office["supervisor"])
    response = client.get(url("office_people_csv"))
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff") and response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(text[1:])))
    assert len(rows) == 1 + 4 * 2
    by_name = {(row[1], row[3]): row for row in rows[1:]}
    done = by_name[(office["done"].get_full_name(), office["smile"].title)]
    assert done[5]  # the date the certificate was issued
    never = by_name[(office["never"].get_full_name(), office["smile"].title)]
    assert never[4] and not never[5]


@pytest.mark.parametrize("role", [None, "citizen", "staff", "judge", "editor"])
def test_only_supervisors_open_it(client, office, role):
    if role:
        client.force_login(user_with_role(role))
    for name in ("office_people", "office_people_csv"):
        assert client.get(url(name)).status_code in (302, 403)


def test_a_supervisor_without_an_office_is_told_so(client, office):
    client.force_login(user_with_role("supervisor"))
    response = client.get(url())
    assert response.status_code == 200 and 'id="office-people"' not in response.content.decode()
    assert client.get(url("office_people_csv")).status_code == 404


def test_the_report_reads_few_rows_however_many_staff(
    client, office, django_assert_max_num_queries
):
    client.force_login(office["supervisor"])
    client.get(url())
    mine = office["done"].staff_profile.office
    for n in range(30):
        staff_in(mine, f"เพิ่ม{n:02d}")
    with django_assert_max_num_queries(20):
        response = client.get(url())
    assert len(re.findall(r"<tr data-person=", response.content.decode())) == 34

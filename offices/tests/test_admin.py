"""The admin: office pages that fit the tree, closures for editors and moderators,
and staff profiles that point at an office."""

import datetime

import pytest
from wagtail.test.utils.form_data import nested_form_data, streamfield

from offices.factories import ClosureFactory
from offices.models import Closure, OfficePage
from portal.models import StaffProfile

pytestmark = pytest.mark.django_db

CLOSURES = "/admin/snippets/offices/closure/"


def office_form(**fields):
    data = {
        "title": "สำนักงานสรรพากรพื้นที่สาขาพรหมพิราม",
        "slug": "phrom-phiram",
        "code": "plk-09",
        "office_type": "branch",
        "address": "ที่ว่าการอำเภอพรหมพิราม จังหวัดพิษณุโลก 65150",
        "phone": "055-369-123",
        "email": "",
        "opening_hours": streamfield(
            [("hours", {"weekday": "0", "opens": "08:30", "closes": "16:30"})]
        ),
        "out_of_hours": "",
        "public_transport": "",
        "accessibility": "",
        "map_url": "",
        "gecc_level": "",
        "action-publish": "publish",
        **fields,
    }
    return nested_form_data(data)


def add_office(client, parent, **fields):
    return client.post(f"/admin/pages/add/offices/officepage/{parent.pk}/", office_form(**fields))


def test_a_new_branch_is_saved_with_its_code_and_number_written_one_way(sign_in, directory):
    response = add_office(sign_in("admin"), directory.offices["PLK"].th)
    assert response.status_code == 302, response.context["form"].errors
    office = OfficePage.objects.get(slug="phrom-phiram")
    assert (office.code, office.phone, office.live) == ("PLK-09", "0 5536 9123", True)
    assert office.week()[0].intervals  # Monday


@pytest.mark.parametrize(
    ("parent", "fields", "field"),
    [
        ("PLK", {"office_type": "area"}, "office_type"),  # under an area: branches only
        ("index", {"office_type": "branch"}, "office_type"),  # a branch needs its area
        ("index", {"office_type": "regional"}, "office_type"),  # R7 exists already
        ("PLK", {"code": "plk-01"}, "code"),  # Wang Thong's code
        ("PLK", {"phone": "12345"}, "phone"),
        ("PLK", {"map_url": "https://evil.example/maps"}, "map_url"),
        (
            "PLK",
            {
                "opening_hours": streamfield(
                    [("hours", {"weekday": "0", "opens": "16:30", "closes": "08:30"})]
                )
            },
            "opening_hours",
        ),
    ],
)
def test_the_form_refuses_what_does_not_fit(sign_in, directory, parent, fields, field):
    page = directory.index.th if parent == "index" else directory.offices[parent].th
    response = add_office(sign_in("admin"), page, **fields)
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not OfficePage.objects.filter(slug="phrom-phiram").exists()


def test_an_area_office_with_branches_keeps_its_type(sign_in, directory):
    area = directory.offices["PLK"].th
    form = office_form(title=area.title, slug=area.slug, code=area.code, office_type="regional")
    response = sign_in("admin").post(f"/admin/pages/{area.pk}/edit/", form)
    assert "office_type" in response.context["form"].errors


def test_no_child_offices_can_be_added_below_a_branch(sign_in, directory):
    branch = directory.offices["PLK-01"].th
    response = add_office(sign_in("admin"), branch)
    assert response.status_code in (302, 403)
    assert not OfficePage.objects.filter(slug="phrom-phiram").exists()


@pytest.mark.parametrize(
    ("role", "status"),
    [("editor", 200), ("moderator", 200), ("admin", 200), ("staff", 302), ("officer", 302)],
)
def test_closures_are_for_editors_and_moderators(sign_in, role, status):
    assert sign_in(role).get(CLOSURES).status_code == status


def test_an_editor_adds_a_closure_of_one_office(sign_in, directory):
    office = directory.offices["TAK"].th
    editor = sign_in("editor")
    form = editor.get(CLOSURES + "add/").content.decode()
    assert f'<option value="{office.pk}">' in form
    assert f'<option value="{directory.offices["TAK"].en.pk}">' not in form  # Thai pages only
    response = editor.post(
        CLOSURES + "add/",
        {
            "name_th": "ย้ายสำนักงาน",
            "name_en": "Office move",
            "start_date": "2027-03-10",
            "end_date": "2027-03-11",
            "office": office.pk,
        },
    )
    assert response.status_code == 302
    closure = Closure.objects.get()
    assert (closure.office, closure.end_date) == (office, datetime.date(2027, 3, 11))
    assert "ย้ายสำนักงาน" in editor.get(CLOSURES).content.decode()


def test_a_closure_cannot_end_before_it_starts_or_last_over_a_year(sign_in):
    editor = sign_in("editor")
    for start, end in (("2027-03-10", "2027-03-09"), ("2027-01-01", "2028-01-05")):
        response = editor.post(
            CLOSURES + "add/",
            {"name_th": "ปิด", "name_en": "Closed", "start_date": start, "end_date": end},
        )
        assert response.status_code == 200 and "end_date" in response.context["form"].errors
    assert not Closure.objects.exists()


def test_moderators_delete_closures_and_editors_may_not(sign_in):
    closure = ClosureFactory()
    sign_in("editor").post(f"{CLOSURES}delete/{closure.pk}/")
    assert Closure.objects.filter(pk=closure.pk).exists()
    sign_in("moderator").post(f"{CLOSURES}delete/{closure.pk}/")
    assert not Closure.objects.filter(pk=closure.pk).exists()


def test_staff_profiles_choose_an_office_of_the_directory(sign_in, user_for, directory):
    profile = StaffProfile.objects.create(user=user_for("staff"), office_note="สาขาวังทอง")
    admin = sign_in("admin")
    url = f"/admin/staff_profiles/edit/{profile.pk}/"
    form = admin.get(url).content.decode()
    wang_thong = directory.offices["PLK-01"]
    assert f'<option value="{wang_thong.th.pk}">' in form
    assert f'<option value="{wang_thong.en.pk}">' not in form
    response = admin.post(
        url, {"user": profile.user.pk, "office": wang_thong.th.pk, "office_note": "", "unit": "ฝ่าย"}
    )
    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.office == wang_thong.th and profile.office_name == wang_thong.th.title
    refused = admin.post(url, {"user": profile.user.pk, "office": wang_thong.en.pk, "unit": ""})
    assert "office" in refused.context["form"].errors
    listing = admin.get("/admin/staff_profiles/").content.decode()
    assert wang_thong.th.title in listing

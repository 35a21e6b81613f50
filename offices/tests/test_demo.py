"""The demo office directory: the whole region, translated, and the demo staff linked."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page

from offices.choices import OfficeType
from offices.models import OfficeIndexPage, OfficePage
from portal.demo.loader import PROFILES
from portal.models import StaffProfile

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

PROVINCES = {
    "พิษณุโลก",
    "เพชรบูรณ์",
    "ตาก",
    "สุโขทัย",
    "อุตรดิตถ์",
    "พิจิตร",
    "นครสวรรค์",
    "กำแพงเพชร",
}


def thai(**filters):
    return OfficePage.objects.live().filter(locale__language_code="th", **filters)


def test_the_region_its_eight_area_offices_and_their_branches():
    regional = thai(office_type=OfficeType.REGIONAL).get()
    assert "พิษณุโลก" in regional.address
    areas = thai(office_type=OfficeType.AREA)
    assert {area.title.removeprefix("สำนักงานสรรพากรพื้นที่") for area in areas} == PROVINCES
    branches = thai(office_type=OfficeType.BRANCH)
    assert branches.count() >= 20
    assert thai(title="สำนักงานสรรพากรพื้นที่สาขาวังทอง").get().get_parent().title == (
        "สำนักงานสรรพากรพื้นที่พิษณุโลก"
    )
    for branch in branches:
        parent = branch.get_parent().specific
        assert parent.office_type == OfficeType.AREA and branch.code.startswith(parent.code)
        assert parent.address.split()[-2] in branch.address  # the same province
    assert all(office.phone.startswith(("0 55", "0 56")) for office in thai())


def test_every_office_is_translated_field_by_field():
    for office in OfficePage.objects.filter(locale__language_code="en"):
        source = office.get_translation(office.locale.get_default())
        assert office.title != source.title and office.address != source.address
        assert (office.code, office.phone) == (source.code, source.phone)
        assert office.live
    assert OfficePage.objects.filter(locale__language_code="en").count() == thai().count()
    assert (
        OfficeIndexPage.objects.filter(locale__language_code="en").get().title == "Revenue offices"
    )


def test_the_directory_renders_in_both_languages(client):
    for index in OfficeIndexPage.objects.all():
        body = client.get(index.url).content.decode()
        assert body.count('href="tel:+66') == OfficePage.objects.filter(locale=index.locale).count()


def test_demo_staff_work_at_offices_of_the_directory():
    """Every demo profile (the portal's accounts and the contest entrants) is linked."""
    assert set(PROFILES) <= set(StaffProfile.objects.values_list("user__username", flat=True))
    for profile in StaffProfile.objects.select_related("office__locale"):
        assert profile.office is not None and profile.office_note == "", profile
        assert profile.office.locale.language_code == "th"


def test_loading_again_changes_nothing():
    before = (Page.objects.count(), list(StaffProfile.objects.values_list("pk", "office")))
    call_command("load_demo_content", force=True, stdout=io.StringIO())
    after = (Page.objects.count(), list(StaffProfile.objects.values_list("pk", "office")))
    assert after == before

"""Staff profiles' typed offices become links to the office directory: the data
migration, ``manage.py link_staff_offices`` and the matching they share."""

import importlib
import io

import pytest
from django.apps import apps
from django.core.management import call_command

from offices.matching import normalise, office_names
from portal.factories import user_with_role
from portal.models import StaffProfile

pytestmark = pytest.mark.django_db

migration = importlib.import_module("offices.migrations.0002_link_staff_profiles")


def test_names_are_compared_without_case_spacing_or_compatibility_forms():
    assert normalise("  Wang  Thong\tBRANCH ") == "wang thong branch"
    assert normalise("ＰＬＫ－０１") == normalise("plk-01") == "plk-01"
    assert normalise("สำนักงานสรรพากรพื้นที่ สาขาวังทอง") != normalise("สำนักงานสรรพากรพื้นที่สาขาวังทอง")
    assert normalise(None) == ""


def test_every_name_of_an_office_leads_to_its_page_in_the_source_language():
    rows = [
        (1, "PLK", "สำนักงานสรรพากรพื้นที่พิษณุโลก", "k-plk", "th"),
        (2, "PLK", "Phitsanulok Area Revenue Office", "k-plk", "en"),
        (4, "TAK", "Tak Area Revenue Office", "k-tak", "en"),  # not yet in Thai
        (3, "TAK", "สำนักงานสรรพากรพื้นที่ตาก", "k-tak", "th"),
        (5, "X1", "สำนักงานชื่อซ้ำ", "k-x1", "th"),
        (6, "X2", "สำนักงานชื่อซ้ำ", "k-x2", "th"),
        (7, "X3", "Stand-alone Office", "k-x3", "en"),
    ]
    names = office_names(rows, "th")

    def office(name):
        return names.get(normalise(name))

    assert office("PLK") == office("Phitsanulok Area Revenue Office") == 1
    assert office("Tak Area Revenue Office") == office("สำนักงานสรรพากรพื้นที่ตาก") == 3
    assert office("สำนักงานชื่อซ้ำ") is None  # two offices share it: it names neither
    assert office("x1") == 5 and office("X2") == 6
    assert office("Stand-alone Office") == 7  # no Thai page: the English one stands in


@pytest.fixture
def profiles(directory):
    """Profiles as the free-text field left them: by code, by Thai and English title,
    and three that name no single office."""
    typed = {
        "by-code": " plk-01 ",
        "by-thai": "สำนักงานสรรพากรพื้นที่ตาก",
        "by-english": "Wang  Thong branch",
        "by-english-regional": "Regional Revenue Office 7",
        "unknown": "สำนักงานสรรพากรพื้นที่นครปฐม",
        "partial": "ตาก",
        "empty": "",
    }
    return {
        key: StaffProfile.objects.create(user=user_with_role("staff"), office_note=text, unit="ฝ่าย")
        for key, text in typed.items()
    }


def test_the_migration_links_what_it_recognises_and_keeps_the_rest(directory, profiles):
    migration.link_staff_offices(apps, schema_editor=None)
    offices = directory.offices
    expected = {
        "by-code": offices["PLK-01"].th,
        "by-thai": offices["TAK"].th,
        "by-english": offices["PLK-01"].th,
        "by-english-regional": offices["R7"].th,
    }
    for key, profile in profiles.items():
        profile.refresh_from_db()
        if key in expected:
            assert (profile.office, profile.office_note) == (expected[key], ""), key
            assert profile.office.locale.language_code == "th"
        else:
            assert profile.office is None and profile.office_note == profiles[key].office_note
    assert StaffProfile.objects.get(pk=profiles["unknown"].pk).office_note == (
        "สำนักงานสรรพากรพื้นที่นครปฐม"
    )


def test_going_back_puts_the_office_names_back_into_the_notes(directory, profiles):
    migration.link_staff_offices(apps, schema_editor=None)
    migration.keep_office_names(apps, schema_editor=None)
    notes = {
        key: StaffProfile.objects.get(pk=profile.pk).office_note
        for key, profile in profiles.items()
    }
    assert notes["by-code"] == notes["by-english"] == directory.offices["PLK-01"].th.title
    assert notes["by-english-regional"] == directory.offices["R7"].th.title
    assert notes["unknown"] == "สำนักงานสรรพากรพื้นที่นครปฐม"


def test_the_command_links_notes_later_and_again_changes_nothing(directory, profiles):
    out = io.StringIO()
    call_command("link_staff_offices", stdout=out)
    assert "4" in out.getvalue() and "2" in out.getvalue()
    linked = dict(StaffProfile.objects.values_list("pk", "office"))
    call_command("link_staff_offices", stdout=io.StringIO())
    assert dict(StaffProfile.objects.values_list("pk", "office")) == linked
    profile = StaffProfile.objects.get(pk=profiles["by-thai"].pk)
    assert profile.office_name == directory.offices["TAK"].th.title
    assert str(profile) == f"{profile.user.username} ({profile.office_name})"

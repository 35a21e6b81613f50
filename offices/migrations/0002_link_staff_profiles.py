"""Staff profiles whose typed office names an office of the directory (by code, or
by title in any language) are linked to it; other notes stay as typed."""

from django.conf import settings
from django.db import migrations

from offices.matching import link_profiles

NOTE_LENGTH = 150  # StaffProfile.office_note


def link_staff_offices(apps, schema_editor):
    link_profiles(
        apps.get_model("portal", "StaffProfile"),
        apps.get_model("offices", "OfficePage"),
        settings.LANGUAGE_CODE,
    )


def keep_office_names(apps, schema_editor):
    """Going back: a linked office's title becomes the note again."""
    StaffProfile = apps.get_model("portal", "StaffProfile")
    for profile in StaffProfile.objects.filter(office__isnull=False, office_note=""):
        profile.office_note = profile.office.title[:NOTE_LENGTH]
        profile.save(update_fields=["office_note"])


class Migration(migrations.Migration):

    dependencies = [
        ("offices", "0001_initial"),
        ("portal", "0003_staffprofile_office_page"),
    ]

    operations = [migrations.RunPython(link_staff_offices, keep_office_names)]

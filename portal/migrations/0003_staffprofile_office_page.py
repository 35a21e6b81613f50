"""A staff profile's office becomes a page of the office directory. The office
as typed so far moves to ``office_note``, where nothing of it is lost;
``offices.0002_link_staff_profiles`` then links the notes that name an office."""

import django.db.models.deletion
from django.db import migrations, models

import core.locales


class Migration(migrations.Migration):

    dependencies = [
        ("portal", "0002_staffprofile"),
        ("offices", "0001_initial"),
    ]

    operations = [
        migrations.RenameField("staffprofile", "office", "office_note"),
        migrations.AlterField(
            model_name="staffprofile",
            name="office_note",
            field=models.CharField(
                blank=True,
                help_text="Only when the office is missing from the office directory: its name as written.",
                max_length=150,
                verbose_name="office not in the directory",
            ),
        ),
        migrations.AddField(
            model_name="staffprofile",
            name="office",
            field=models.ForeignKey(
                blank=True,
                limit_choices_to=core.locales.in_default_locale,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="staff_profiles",
                to="offices.officepage",
                verbose_name="office",
            ),
        ),
        migrations.AlterModelOptions(
            name="staffprofile",
            options={
                "ordering": ["office__path", "office_note", "unit"],
                "verbose_name": "staff profile",
                "verbose_name_plural": "staff profiles",
            },
        ),
    ]

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_role_office_permissions"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="role",
            options={
                "default_permissions": (),
                "managed": False,
                "permissions": [
                    ("staff_member", "Revenue Department staff (intranet, communities, training)"),
                    ("moderate_communities", "Moderates every community of practice"),
                    ("judge_contests", "Judges contest entries"),
                    ("manage_contests", "Manages contests and publishes results"),
                    ("supervise_training", "Reads the training completion report"),
                    ("handle_complaints", "Handles the complaints of their office"),
                    ("head_office", "Heads an office and oversees its complaints"),
                    ("read_all_offices", "Reads the complaints and reports of every office"),
                    ("manage_surveys", "Manages satisfaction surveys, kiosks and their reports"),
                ],
            },
        ),
    ]

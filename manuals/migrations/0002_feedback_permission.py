"""Editors and Moderators may read page feedback in the admin."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ROLES = ["Editors", "Moderators"]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("manuals")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.get(
        content_type__app_label="manuals", codename="view_pagefeedback"
    )
    for name in ROLES:
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name__in=ROLES):
        group.permissions.remove(
            *group.permissions.filter(
                content_type__app_label="manuals", codename="view_pagefeedback"
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("manuals", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]

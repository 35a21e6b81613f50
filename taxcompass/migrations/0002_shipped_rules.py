"""Tax year 2568 approved and 2569 as a draft, from the published law.

Nobody signs in to approve a shipped year: the record says the system approved
it (``approved_by`` empty, ``approval_note`` saying how). The data lives in
``taxcompass/rules/`` so tests build the same rules with the factories.
"""

from django.db import migrations
from django.utils import timezone

from taxcompass.rules import shipped

APPROVAL_NOTE = "Shipped with the software from the published law (data migration 0002)."


def load(apps, schema_editor):
    TaxYearRules = apps.get_model("taxcompass", "TaxYearRules")
    now = timezone.now()
    TaxYearRules.objects.update_or_create(
        tax_year=2568,
        defaults={
            "data": shipped(2568),
            "edited_at": now,
            "approved_at": now,
            "approval_note": APPROVAL_NOTE,
        },
    )
    TaxYearRules.objects.get_or_create(
        tax_year=2569, defaults={"data": shipped(2569), "edited_at": now}
    )


def unload(apps, schema_editor):
    apps.get_model("taxcompass", "TaxYearRules").objects.filter(
        tax_year__in=[2568, 2569]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("taxcompass", "0001_initial")]

    operations = [migrations.RunPython(load, unload)]

"""The shipped years' provident fund / GPF rule as the law has it: up to 15% of
wages, the first 10,000 baht an allowance and the rest exempt income (migration
0002 shipped a simplification, 15% of assessable income as one allowance).

Only a draft or a year approved as shipped whose rule is still the shipped
simplification is changed: a rule an editor has changed, or a year an editor has
approved, is left to the editors. A shipped approval stays, and its note says
what changed.
"""

from django.db import migrations

from taxcompass.rules import shipped

SHIPPED_KIND = "percent"
SHIPPED_NOTE = "Simplified: 15% of assessable income"
APPROVAL_NOTE = (
    "Shipped with the software from the published law (data migrations 0002 and 0003: "
    "the provident fund rule)."
)


def load(apps, schema_editor):
    TaxYearRules = apps.get_model("taxcompass", "TaxYearRules")
    for record in TaxYearRules.objects.filter(tax_year__in=[2568, 2569]):
        rules = record.data.get("allowances", [])
        old = next((r for r in rules if r.get("key") == "provident_fund"), None)
        if (
            old is None
            or old.get("kind") != SHIPPED_KIND
            or SHIPPED_NOTE not in old.get("note", "")
            or record.approved_by_id
        ):
            continue
        new = next(r for r in shipped(record.tax_year)["allowances"] if r["key"] == old["key"])
        record.data["allowances"] = [new if r is old else r for r in rules]
        if record.approved_at is not None:
            record.approval_note = APPROVAL_NOTE
        record.save(update_fields=["data", "approval_note"])


class Migration(migrations.Migration):
    dependencies = [("taxcompass", "0002_shipped_rules")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]

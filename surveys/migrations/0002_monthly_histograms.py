"""Monthly sums become monthly histograms (a count per question and value). The
table is made anew: it came in the same day's 0001, before any survey was answered."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("offices", "0002_link_staff_profiles"),
        ("surveys", "0001_initial"),
    ]

    operations = [
        migrations.DeleteModel(name="MonthlyAggregate"),
        migrations.CreateModel(
            name="MonthlyAggregate",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("channel", models.CharField(max_length=10)),
                ("month", models.DateField()),
                ("question", models.CharField(max_length=60)),
                ("value", models.SmallIntegerField()),
                ("count", models.PositiveIntegerField(default=0)),
                (
                    "office",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="offices.officepage",
                    ),
                ),
                (
                    "service",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="surveys.service",
                    ),
                ),
                (
                    "survey",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="surveys.survey",
                    ),
                ),
            ],
            options={
                "default_permissions": (),
                "indexes": [
                    models.Index(
                        fields=["survey", "office", "month"], name="surveys_mon_survey__b9303c_idx"
                    ),
                    models.Index(fields=["survey", "month"], name="surveys_mon_survey__693f60_idx"),
                ],
                "constraints": [
                    models.UniqueConstraint(
                        condition=models.Q(("service__isnull", False)),
                        fields=(
                            "survey",
                            "office",
                            "channel",
                            "month",
                            "question",
                            "value",
                            "service",
                        ),
                        name="surveys_aggregate_service",
                    ),
                    models.UniqueConstraint(
                        condition=models.Q(("service__isnull", True)),
                        fields=("survey", "office", "channel", "month", "question", "value"),
                        name="surveys_aggregate_no_service",
                    ),
                ],
            },
        ),
    ]

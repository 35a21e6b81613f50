"""Monthly answer counts per survey, office, service, channel, question and
value, kept up to date as responses arrive, so reports never scan responses; and
the same per survey, office and month only (``OfficeMonthAggregate``), a tenth
of the rows, which reports read unless they filter or group by service or channel.

Every statistic a report shows (N, mean, SD, top-two-box, the bootstrap) comes
from these histograms. Rows of question ``RESPONSES`` count responses; value
``NOT_APPLICABLE`` counts "not applicable"; an importance-and-performance pair
keeps its importance under ``<key>:importance``."""

from django.db import models
from django.db.models import Q

RESPONSES = "*"
NOT_APPLICABLE = -1
IMPORTANCE_SUFFIX = ":importance"
KEY = ["survey", "office", "channel", "month", "question", "value"]


class MonthlyAggregate(models.Model):
    survey = models.ForeignKey("surveys.Survey", on_delete=models.CASCADE, related_name="+")
    office = models.ForeignKey("offices.OfficePage", on_delete=models.CASCADE, related_name="+")
    service = models.ForeignKey(
        "surveys.Service", null=True, on_delete=models.CASCADE, related_name="+"
    )
    channel = models.CharField(max_length=10)
    month = models.DateField()
    question = models.CharField(max_length=60)
    value = models.SmallIntegerField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        default_permissions = ()
        constraints = [
            models.UniqueConstraint(
                fields=[*KEY, "service"],
                condition=Q(service__isnull=False),
                name="surveys_aggregate_service",
            ),
            models.UniqueConstraint(
                fields=KEY, condition=Q(service__isnull=True), name="surveys_aggregate_no_service"
            ),
        ]
        indexes = [
            models.Index(fields=["survey", "office", "month"]),
            models.Index(fields=["survey", "month"]),
            models.Index(fields=["survey", "question"]),
            models.Index(fields=["survey", "service", "month"]),
        ]

    def __str__(self):
        return f"{self.month:%Y-%m} {self.question}={self.value}: {self.count}"


class OfficeMonthAggregate(models.Model):
    """``MonthlyAggregate`` summed over services and channels."""

    survey = models.ForeignKey("surveys.Survey", on_delete=models.CASCADE, related_name="+")
    office = models.ForeignKey("offices.OfficePage", on_delete=models.CASCADE, related_name="+")
    month = models.DateField()
    question = models.CharField(max_length=60)
    value = models.SmallIntegerField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        default_permissions = ()
        constraints = [
            models.UniqueConstraint(
                fields=["survey", "office", "month", "question", "value"],
                name="surveys_office_month_value",
            )
        ]

    def __str__(self):
        return f"{self.month:%Y-%m} {self.question}={self.value}: {self.count}"

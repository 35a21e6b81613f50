"""Monthly sums per survey, office, service, channel and question, kept up to
date as responses arrive, so reports never scan responses. The row of question
``RESPONSES`` counts the responses themselves."""

from django.db import models
from django.db.models import Q

RESPONSES = "*"
KEY = ["survey", "office", "channel", "month", "question"]


class MonthlyAggregate(models.Model):
    survey = models.ForeignKey("surveys.Survey", on_delete=models.CASCADE, related_name="+")
    office = models.ForeignKey("offices.OfficePage", on_delete=models.CASCADE, related_name="+")
    service = models.ForeignKey(
        "surveys.Service", null=True, on_delete=models.CASCADE, related_name="+"
    )
    channel = models.CharField(max_length=10)
    month = models.DateField()
    question = models.CharField(max_length=40)
    count = models.PositiveIntegerField(default=0)
    total = models.BigIntegerField(default=0)
    total_squares = models.BigIntegerField(default=0)
    top_two = models.PositiveIntegerField(default=0)
    not_applicable = models.PositiveIntegerField(default=0)
    importance_count = models.PositiveIntegerField(default=0)
    importance_total = models.BigIntegerField(default=0)

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
            models.Index(fields=["office", "month"]),
            models.Index(fields=["survey", "month"]),
        ]

    def __str__(self):
        return f"{self.month:%Y-%m} {self.question}: {self.count}"

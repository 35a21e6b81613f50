"""What citizens answer. Nothing here identifies them: no user, no address, no
device, no time finer than the day; a complaint or ticket reference is kept only
as a keyed digest, to let it answer once."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from surveys.choices import Channel


class Response(models.Model):
    survey = models.ForeignKey("surveys.Survey", on_delete=models.PROTECT, related_name="responses")
    office = models.ForeignKey("offices.OfficePage", on_delete=models.PROTECT, related_name="+")
    service = models.ForeignKey(
        "surveys.Service", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    channel = models.CharField(max_length=10, choices=Channel.choices)
    submitted_on = models.DateField(db_index=True)
    # NULL, not "", for responses without a reference: the unique constraint skips NULLs.
    reference_digest = models.CharField(  # noqa: DJ001
        max_length=64, null=True, blank=True, editable=False
    )

    class Meta:
        verbose_name = _("survey response")
        verbose_name_plural = _("survey responses")
        constraints = [
            models.UniqueConstraint(
                fields=["survey", "reference_digest"], name="surveys_one_response_per_reference"
            )
        ]

    def __str__(self):
        return f"{self.survey_id}/{self.pk} ({self.submitted_on})"


class Answer(models.Model):
    """One question's answer: a number (ratings, yes = 1 / no = 0, 0–10), an
    importance beside it, "not applicable", chosen values, or text."""

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers")
    question = models.CharField(max_length=40)
    number = models.SmallIntegerField(null=True, blank=True)
    importance = models.SmallIntegerField(null=True, blank=True)
    not_applicable = models.BooleanField(default=False)
    choices = models.JSONField(default=list, blank=True)
    text = models.TextField(blank=True)

    class Meta:
        verbose_name = _("survey answer")
        verbose_name_plural = _("survey answers")
        constraints = [
            models.UniqueConstraint(fields=["response", "question"], name="surveys_one_answer")
        ]

    def __str__(self):
        return f"{self.response_id}: {self.question}"

"""Judging: rounds, who judges which entry, conflicts of interest and score sheets."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from contests.models.contest import Category, Criterion
from contests.models.entry import Entry
from contests.textlimits import MaxStoredLength, validate_combining_marks


class Round(models.Model):
    """Round 1 takes every entry; a later round takes the top entries of the one before."""

    category = models.ForeignKey(
        Category, on_delete=models.CASCADE, related_name="rounds", verbose_name=_("category")
    )
    number = models.PositiveSmallIntegerField(_("round"))
    entries = models.ManyToManyField(Entry, related_name="rounds", verbose_name=_("entries"))
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)

    class Meta:
        verbose_name = _("round")
        verbose_name_plural = _("rounds")
        ordering = ["category", "number"]
        constraints = [
            models.UniqueConstraint(fields=["category", "number"], name="unique_round_number")
        ]

    def __str__(self):
        return f"{self.category.name} #{self.number}"

    @property
    def is_open(self):
        return self.closed_at is None


class Assignment(models.Model):
    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="assignments")
    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="assignments")
    judge = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="contest_assignments"
    )

    class Meta:
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        constraints = [
            models.UniqueConstraint(fields=["round", "entry", "judge"], name="unique_assignment")
        ]

    def __str__(self):
        return f"{self.round} {self.entry}"


class Conflict(models.Model):
    """A judge's declared conflict of interest: they never judge that entry in any round."""

    REASON_MAX_LENGTH = 1000

    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="conflicts")
    judge = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="contest_conflicts"
    )
    reason = models.TextField(
        _("reason"),
        max_length=REASON_MAX_LENGTH,
        validators=[MaxStoredLength(REASON_MAX_LENGTH), validate_combining_marks],
    )
    declared_at = models.DateTimeField(_("declared"), auto_now_add=True)

    class Meta:
        verbose_name = _("conflict of interest")
        verbose_name_plural = _("conflicts of interest")
        constraints = [models.UniqueConstraint(fields=["entry", "judge"], name="unique_conflict")]

    def __str__(self):
        return str(self.entry)


class ScoreSheet(models.Model):
    """One judge's scores for one entry in one round: a draft until submitted."""

    COMMENT_MAX_LENGTH = 2000

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="sheets")
    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="sheets")
    judge = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="contest_sheets"
    )
    comment = models.TextField(
        _("comment"),
        blank=True,
        max_length=COMMENT_MAX_LENGTH,
        validators=[MaxStoredLength(COMMENT_MAX_LENGTH), validate_combining_marks],
    )
    total = models.DecimalField(
        _("weighted total"), max_digits=7, decimal_places=3, null=True, blank=True
    )
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    updated_at = models.DateTimeField(_("last saved"), auto_now=True)

    class Meta:
        verbose_name = _("score sheet")
        verbose_name_plural = _("score sheets")
        constraints = [
            models.UniqueConstraint(fields=["round", "entry", "judge"], name="one_sheet_per_judge")
        ]

    def __str__(self):
        return f"{self.round} {self.entry}"

    @property
    def is_submitted(self):
        return self.submitted_at is not None


class CriterionScore(models.Model):
    sheet = models.ForeignKey(ScoreSheet, on_delete=models.CASCADE, related_name="scores")
    criterion = models.ForeignKey(Criterion, on_delete=models.CASCADE, related_name="scores")
    value = models.DecimalField(_("score"), max_digits=5, decimal_places=2)

    class Meta:
        verbose_name = _("criterion score")
        verbose_name_plural = _("criterion scores")
        constraints = [
            models.UniqueConstraint(fields=["sheet", "criterion"], name="one_score_per_criterion")
        ]

    def __str__(self):
        return f"{self.criterion}: {self.value}"

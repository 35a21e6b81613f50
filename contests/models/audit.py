"""The audit log of every change to scores and results, and published result snapshots."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from contests.models.contest import Contest
from contests.models.judging import Round


class AuditEvent(models.Model):
    SCORE_SAVED = "score_saved"
    SCORE_SUBMITTED = "score_submitted"
    CONFLICT = "conflict"
    ASSIGNED = "assigned"
    ROUND_STARTED = "round_started"
    ROUND_CLOSED = "round_closed"
    RESULTS_PUBLISHED = "results_published"
    RESULTS_WITHDRAWN = "results_withdrawn"
    ACTIONS = [
        (SCORE_SAVED, _("Draft scores saved")),
        (SCORE_SUBMITTED, _("Scores submitted")),
        (CONFLICT, _("Conflict of interest declared")),
        (ASSIGNED, _("Judges assigned")),
        (ROUND_STARTED, _("Round started")),
        (ROUND_CLOSED, _("Judging closed")),
        (RESULTS_PUBLISHED, _("Results published")),
        (RESULTS_WITHDRAWN, _("Results withdrawn")),
    ]

    contest = models.ForeignKey(Contest, on_delete=models.CASCADE, related_name="audit_events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    action = models.CharField(_("action"), max_length=24, choices=ACTIONS)
    detail = models.JSONField(_("detail"), default=dict)
    created_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.get_action_display()} ({self.created_at:%Y-%m-%d %H:%M})"


class ResultSnapshot(models.Model):
    """The ranking of a category's round as published (the results page reads only this)."""

    round = models.OneToOneField(Round, on_delete=models.CASCADE, related_name="snapshot")
    data = models.JSONField(_("results"))
    created_at = models.DateTimeField(_("published"), auto_now_add=True)

    class Meta:
        verbose_name = _("result snapshot")
        verbose_name_plural = _("result snapshots")

    def __str__(self):
        return str(self.round)


def record(contest, actor, action, **detail):
    """Add one line to ``contest``'s audit log."""
    return AuditEvent.objects.create(contest=contest, actor=actor, action=action, detail=detail)

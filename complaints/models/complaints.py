"""A complaint (or grievance, suggestion, compliment or corruption tip): what the
citizen wrote, how it is handled, and its SLA times as last computed from its
event log (``complaints.sla``) so the inbox can sort and filter on them."""

import datetime

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from complaints.choices import (
    SUBJECT_MAX_LENGTH,
    TEXT_MAX_LENGTH,
    Channel,
    Kind,
    Outcome,
    PauseOn,
    Priority,
    Source,
    Status,
)
from complaints.models import figures
from complaints.models.categories import Category


class ReferenceCounter(models.Model):
    """The last reference number given in a Buddhist Era year (no gaps: see
    ``complaints.references``)."""

    year = models.PositiveIntegerField(primary_key=True)
    last = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("reference counter")
        default_permissions = ()

    def __str__(self):
        return f"{self.year}: {self.last}"


class Complaint(index.Indexed, models.Model):
    reference = models.CharField(_("reference"), max_length=20, unique=True)
    year = models.PositiveIntegerField(_("year (B.E.)"))
    number = models.PositiveIntegerField(_("number in the year"))
    tracking_hash = models.CharField(max_length=64, editable=False)

    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices)
    subject = models.CharField(_("subject"), max_length=SUBJECT_MAX_LENGTH)
    description = models.TextField(_("description"), max_length=TEXT_MAX_LENGTH)
    happened_on = models.DateField(_("date it happened"), null=True, blank=True)
    channel = models.CharField(_("channel"), max_length=20, choices=Channel.choices)
    source = models.CharField(
        _("passed on by"), max_length=20, choices=Source.choices, default=Source.DIRECT
    )
    external_reference = models.CharField(
        _("e-document or other agency's number"), max_length=60, blank=True
    )
    office = models.ForeignKey(
        "offices.OfficePage",
        verbose_name=_("office"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    category = models.ForeignKey(
        Category,
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="complaints",
    )
    priority = models.CharField(
        _("priority"), max_length=2, choices=Priority.choices, default=Priority.P3
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NEW
    )
    paused_on = models.CharField(
        _("waiting on"), max_length=10, choices=PauseOn.choices, blank=True
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("responsible officer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    team = models.ForeignKey(
        "auth.Group",
        verbose_name=_("responsible team"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("handled together with"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="duplicates",
    )

    anonymous = models.BooleanField(_("anonymous"), default=False)
    contact_name = models.CharField(_("name"), max_length=120, blank=True)
    contact_phone = models.CharField(_("telephone"), max_length=20, blank=True)
    contact_email = models.EmailField(_("e-mail"), blank=True)
    language = models.CharField(_("language"), max_length=5, default="th")
    citizen = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("filed by (signed in)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by officer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    form_token = models.UUIDField(null=True, blank=True, unique=True, editable=False)
    reopened_from = models.ForeignKey(
        "self",
        verbose_name=_("reopens"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reopenings",
    )

    received_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    acknowledged_at = models.DateTimeField(_("acknowledged"), null=True, blank=True)
    replied_at = models.DateTimeField(_("first reply"), null=True, blank=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    acknowledge_due_at = models.DateTimeField(_("acknowledgement due"), null=True)
    reply_due_at = models.DateTimeField(_("first reply due"), null=True, blank=True)
    resolve_due_at = models.DateTimeField(_("resolution due"), null=True, db_index=True)
    # xgettext:no-python-format
    warn_at = models.DateTimeField(_("75% of the resolution time"), null=True)
    office_due_at = models.DateTimeField(_("due at this office"), null=True)
    days_to_answer = models.FloatField(
        _("working days to the answer"), null=True, blank=True, help_text=_("Less the time paused.")
    )
    paused_time = models.DurationField(_("working time paused"), default=datetime.timedelta)

    outcome = models.CharField(_("outcome"), max_length=20, choices=Outcome.choices, blank=True)
    root_cause = models.TextField(_("root cause"), max_length=TEXT_MAX_LENGTH, blank=True)
    corrective_action = models.TextField(
        _("corrective action"), max_length=TEXT_MAX_LENGTH, blank=True
    )
    reopened = models.BooleanField(
        _("reopened"),
        default=False,
        help_text=_("Reopened at least once, or filed again after its answer."),
    )
    rating = models.PositiveSmallIntegerField(_("rating"), null=True, blank=True)
    rating_comment = models.TextField(_("rating comment"), max_length=1000, blank=True)

    # Found by officers only: complaints.search gives the search page their querysets.
    # Indexed after the commit by the workflow when an indexed field changes (filing,
    # a transfer, the answer), not on every save: most saves only move the SLA clock.
    search_auto_update = False
    search_fields = [
        index.SearchField("subject", boost=2),
        index.SearchField("reference", boost=2),
        index.SearchField("description"),
        index.SearchField("root_cause"),
        index.FilterField("office"),
        index.FilterField("kind"),
    ]

    class Meta:
        verbose_name = _("complaint")
        verbose_name_plural = _("complaints")
        ordering = ["-received_at"]
        constraints = [
            models.UniqueConstraint(fields=["year", "number"], name="complaints_one_number"),
            models.CheckConstraint(
                condition=models.Q(rating__isnull=True) | models.Q(rating__range=(1, 5)),
                name="complaints_rating_range",
            ),
        ]
        indexes = [
            # Covering the due filters' status counts and the ids of their sorted page.
            models.Index(
                fields=["status", "resolve_due_at", "kind"], name="complaints_status_due_kind"
            ),
            # Covering the inbox's status counts (corruption tips are told apart by kind).
            models.Index(fields=["status", "kind"], name="complaints_status_kind"),
            models.Index(fields=["office", "status", "kind"], name="complaints_office_status_kind"),
            # Covering the statistics' count of open complaints past their due times.
            models.Index(
                fields=[
                    "status",
                    "received_at",
                    "kind",
                    "priority",
                    "office",
                    "acknowledged_at",
                    "acknowledge_due_at",
                    "answered_at",
                    "resolve_due_at",
                ],
                name="complaints_open_late",
            ),
        ]

    def __str__(self):
        return self.reference

    def save(self, *args, **kwargs):
        """Save, and move the stored monthly figures in the same transaction."""
        with transaction.atomic():
            before = {} if self._state.adding else self._stored_contribution()
            super().save(*args, **kwargs)
            after = self._stored_contribution() if kwargs.get("update_fields") else figures.of(self)
            figures.apply(before, after)

    def mark_reopened(self):
        if not self.reopened:
            self.reopened = True
            self.save()

    def delete(self, *args, **kwargs):
        with transaction.atomic():
            figures.apply(self._stored_contribution(), {})
            index.remove_object(self)
            return super().delete(*args, **kwargs)

    def _stored_contribution(self):
        values = type(self).objects.filter(pk=self.pk).values(*figures.FIELDS).first()
        return figures.contribution(values) if values else {}

    @property
    def is_open(self):
        return self.status in {Status.NEW, Status.IN_PROGRESS, Status.WAITING}

    @property
    def is_paused(self):
        return self.status == Status.WAITING

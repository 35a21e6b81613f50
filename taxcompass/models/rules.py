"""A tax year's rules: the JSON the engine reads, drafted by one editor and
approved by another before citizens are offered the year."""

import json

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from taxcompass import schema


def validate_rules(data):
    """Every problem of the rules, each message prefixed with where it is."""
    found = schema.problems(data)
    if found:
        raise ValidationError(
            [
                f"{path}: {gettext(message) % params if params else gettext(message)}"
                for path, message, params in found
            ]
        )


class TaxYearRulesQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(approved_at__isnull=False)


class TaxYearRules(models.Model):
    tax_year = models.PositiveSmallIntegerField(_("tax year (B.E.)"), unique=True)
    data = models.JSONField(
        _("rules"),
        validators=[validate_rules],
        help_text=_(
            "Brackets, expense rules, allowances, shared caps, donations, stimulus measures "
            "and filing dates, each with its source URL and note."
        ),
    )
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("last edited by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    edited_at = models.DateTimeField(_("last edited"), default=timezone.now)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approved by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    approved_at = models.DateTimeField(_("approved"), null=True, blank=True)
    approval_note = models.CharField(_("approval note"), max_length=200, blank=True)

    objects = TaxYearRulesQuerySet.as_manager()

    class Meta:
        verbose_name = _("tax year rules")
        verbose_name_plural = _("tax year rules")
        ordering = ["-tax_year"]
        permissions = [("approve_taxyearrules", _("Can approve tax year rules"))]

    def __str__(self):
        return gettext("Tax year %(year)s") % {"year": self.tax_year}

    @property
    def is_approved(self):
        return self.approved_at is not None

    def clean(self):
        if isinstance(self.data, dict) and self.data.get("tax_year") != self.tax_year:
            raise ValidationError(
                {"data": gettext("tax_year in the rules must be the record's year.")}
            )

    def edited(self, user):
        """Record an edit by ``user``: the year goes back to draft."""
        self.edited_by, self.edited_at = user, timezone.now()
        self.approved_by = self.approved_at = None
        self.approval_note = ""

    def may_approve(self, user):
        """Anyone with the permission except whoever last edited the rules."""
        return (
            not self.is_approved
            and user.has_perm("taxcompass.approve_taxyearrules")
            and user.pk != self.edited_by_id
        )

    def approve(self, user):
        if not self.may_approve(user):
            raise PermissionError(gettext("The author of these rules cannot approve them."))
        self.approved_by, self.approved_at = user, timezone.now()
        self.save(update_fields=["approved_by", "approved_at"])

    def pretty_data(self):
        return json.dumps(self.data, ensure_ascii=False, indent=2)

"""SLA policies: the working days to acknowledge, reply and resolve per priority,
stricter for complaints passed on by the 1111 centre, Damrongtham or the media."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from complaints.choices import Priority


class SlaPolicy(models.Model):
    priority = models.CharField(_("priority"), max_length=2, choices=Priority.choices)
    strict = models.BooleanField(
        _("for the 1111 centre, Damrongtham and the media"),
        default=False,
        help_text=_("The policy for complaints passed on by these sources."),
    )
    acknowledge_days = models.PositiveSmallIntegerField(
        _("working days to acknowledge"), help_text=_("0 means the same working day.")
    )
    reply_days = models.PositiveSmallIntegerField(
        _("working days to a first reply"),
        null=True,
        blank=True,
        help_text=_("Empty when no first reply is due before the resolution."),
    )
    resolve_days = models.PositiveSmallIntegerField(_("working days to resolve"))
    close_after_days = models.PositiveSmallIntegerField(
        _("working days until an unconfirmed answer closes"),
        default=15,
        help_text=_(
            "An answered complaint the complainant neither confirms nor reopens closes "
            "automatically after these working days."
        ),
    )
    pause_for_agency = models.BooleanField(
        _("the clock pauses while waiting on another agency"), default=False
    )

    class Meta:
        verbose_name = _("SLA policy")
        verbose_name_plural = _("SLA policies")
        ordering = ["priority", "strict"]
        constraints = [
            models.UniqueConstraint(fields=["priority", "strict"], name="complaints_one_policy"),
            models.CheckConstraint(
                condition=models.Q(resolve_days__gte=1), name="complaints_resolve_days"
            ),
            models.CheckConstraint(
                condition=models.Q(close_after_days__gte=1), name="complaints_close_after_days"
            ),
        ]

    def __str__(self):
        return f"{self.get_priority_display()}{' *' if self.strict else ''}"

    def clean(self):
        if self.reply_days is not None and self.reply_days > self.resolve_days:
            raise ValidationError(
                {"reply_days": _("The first reply cannot be due after the resolution.")}
            )

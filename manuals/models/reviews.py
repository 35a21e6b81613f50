"""A record of review reminders, so an owner gets at most one email a day."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ReviewReminder(models.Model):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        on_delete=models.CASCADE,
        related_name="manual_review_reminders",
    )
    sent_on = models.DateField(_("sent on"))
    manual_count = models.PositiveIntegerField(_("overdue manuals"))

    class Meta:
        verbose_name = _("review reminder")
        verbose_name_plural = _("review reminders")
        constraints = [
            models.UniqueConstraint(fields=["owner", "sent_on"], name="manuals_one_reminder_a_day")
        ]

    def __str__(self):
        return f"{self.owner_id} {self.sent_on}"

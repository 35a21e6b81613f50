"""Counter tablets: each is registered to an office and a survey by a device token
an office head issues. Only the token's hash is stored."""

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def token_hash(token):
    return hashlib.sha256(str(token).encode()).hexdigest()


class KioskQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True)

    def by_token(self, token):
        """The active kiosk with this device token, or None."""
        return (
            self.active()
            .select_related("survey", "office")
            .filter(token_hash=token_hash(token))
            .first()
        )


class Kiosk(models.Model):
    name = models.CharField(_("name"), max_length=100, help_text=_("For example “counter 2”."))
    office = models.ForeignKey(
        "offices.OfficePage", on_delete=models.CASCADE, related_name="+", verbose_name=_("office")
    )
    survey = models.ForeignKey(
        "surveys.Survey", on_delete=models.CASCADE, related_name="kiosks", verbose_name=_("survey")
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)

    objects = KioskQuerySet.as_manager()

    class Meta:
        verbose_name = _("kiosk")
        verbose_name_plural = _("kiosks")
        ordering = ["office__path", "name"]

    def __str__(self):
        return self.name

    def new_token(self):
        """Give the kiosk a new device token and return it: only its hash is kept,
        so the token is shown once."""
        token = secrets.token_urlsafe(32)
        self.token_hash = token_hash(token)
        return token

"""Bearer tokens for the intake API, one per channel (LINE, Facebook, the 1111
centre's system …); only a hash of each is stored."""

import hashlib
import hmac
import secrets

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def token_hash(token):
    return hashlib.sha256(token.encode()).hexdigest()


class ChannelToken(models.Model):
    name = models.CharField(_("channel"), max_length=60, unique=True)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    class Meta:
        verbose_name = _("intake API token")
        verbose_name_plural = _("intake API tokens")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def new_token(self):
        """Give the channel a new token and return it: only its hash is kept, so
        the token is shown once."""
        token = secrets.token_urlsafe(32)
        self.token_hash = token_hash(token)
        return token

    @classmethod
    def authenticate(cls, token):
        """The active channel ``token`` belongs to, or None."""
        if not token:
            return None
        found = cls.objects.filter(token_hash=token_hash(token), revoked_at__isnull=True).first()
        if found is None or not hmac.compare_digest(found.token_hash, token_hash(token)):
            return None
        return found

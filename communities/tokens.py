"""Signed tokens for URLs used outside a browser session: feeds and unsubscribe links.

A token signs the user's id and the version of their personal links, with the time
it was made. It stops working when it is older than ``MAX_AGE`` (the community page
always shows a fresh feed link, each digest a fresh unsubscribe link), when the user
resets their links (the version goes up: every link handed out before is revoked at
once), and when the user is no longer active.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core import signing
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from communities.models.notifications import LinkVersion

FEED_SALT = "communities.feed"
UNSUBSCRIBE_SALT = "communities.unsubscribe"
MAX_AGE = timedelta(days=180)


def _version(user_id):
    found = LinkVersion.objects.filter(user_id=user_id).values_list("version", flat=True)
    return found.first() or 0


def make(user, salt):
    """A new token for ``user`` (valid for ``MAX_AGE``, until the next reset)."""
    return signing.dumps([user.pk, _version(user.pk)], salt=salt, compress=True)


def user_for(token, salt):
    """The active user a token was made for, or None if it is forged, expired or
    revoked."""
    try:
        pk, version = signing.loads(token, salt=salt, max_age=MAX_AGE)
    except (signing.BadSignature, TypeError, ValueError):
        return None
    if not isinstance(pk, int) or not isinstance(version, int):
        return None
    user = get_user_model().objects.filter(pk=pk, is_active=True).first()
    if user is None or _version(pk) != version:
        return None
    return user


def reset(user):
    """Revoke every feed and unsubscribe link ``user`` was given."""
    with transaction.atomic():
        links, _created = LinkVersion.objects.select_for_update().get_or_create(user=user)
        links.version = F("version") + 1
        links.reset_at = timezone.now()
        links.save(update_fields=["version", "reset_at"])

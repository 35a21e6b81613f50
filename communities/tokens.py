"""Signed tokens for URLs used outside a browser session: feeds and unsubscribe links."""

from django.contrib.auth import get_user_model
from django.core import signing

FEED_SALT = "communities.feed"
UNSUBSCRIBE_SALT = "communities.unsubscribe"


def make(user, salt):
    return signing.dumps(user.pk, salt=salt, compress=True)


def user_for(token, salt):
    """The active user a token was made for, or None if it is forged or stale."""
    try:
        pk = signing.loads(token, salt=salt)
    except signing.BadSignature:
        return None
    return get_user_model().objects.filter(pk=pk, is_active=True).first()

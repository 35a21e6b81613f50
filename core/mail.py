"""Mail to people: sent after the transaction commits, one message per recipient in
the recipient's language, a failure logged and handed back instead of raised, so one
bad address never stops a batch and an SMTP round trip never holds a database lock."""

import logging

from django.conf import settings
from django.db import transaction
from django.utils import translation
from wagtail.users.models import UserProfile

logger = logging.getLogger("kmsite.mail")


def language_of(user):
    """The language ``user`` reads the portal in: their preferred language in
    their Wagtail profile, else the site's default (Thai)."""
    preferred = (
        UserProfile.objects.filter(user=user).values_list("preferred_language", flat=True).first()
    )
    try:
        return translation.get_supported_language_variant(preferred or settings.LANGUAGE_CODE)
    except LookupError:  # an admin language the portal has no pages in
        return settings.LANGUAGE_CODE


def in_language_of(user):
    """``with in_language_of(user):`` renders a message in ``user``'s language."""
    return translation.override(language_of(user))


def send_after_commit(message, kind, on_failure=None):
    """Send ``message`` (an ``EmailMessage``) once the current transaction commits,
    or at once outside one. If sending fails, the failure is logged as ``kind`` and
    ``on_failure()`` runs (to undo a "sent" mark so the next run retries)."""

    def send():
        try:
            message.send()
        except Exception:  # any SMTP, DNS or socket error: log it, keep the batch going
            logger.exception(
                "mail failed", extra={"event": "mail.failed", "kind": kind, "to": message.to}
            )
            if on_failure is not None:
                on_failure()

    transaction.on_commit(send)

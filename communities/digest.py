"""The notification digest: one e-mail per user per run, in the user's language,
with a one-click unsubscribe.

Each user's notifications are marked e-mailed in a transaction; the mail goes out
after it commits (``core.mail.send_after_commit``), so no SMTP round trip holds a
lock and a rolled-back run sends nothing. A mail that fails is logged and its
notifications are unmarked, so the next run retries them; the other recipients
still get theirs.
"""

import logging
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Site

from communities import access, tokens
from communities.links import with_topic_urls
from communities.listing import visible_notifications
from communities.models import EmailPreference, Notification
from core.mail import in_language_of, send_after_commit
from core.text import one_line

MAX_ITEMS = 20
MAIL_KIND = "communities.digest"

logger = logging.getLogger("kmsite.communities")


@dataclass
class DigestRun:
    """What one run did: digests sent, and failures (a mail the server refused, or a
    digest that could not be prepared). A digest counts as sent when it is queued and
    moves to the failures if its mail fails, after its transaction commits."""

    sent: int = 0
    failed: int = 0

    def mail_failed(self):
        self.sent -= 1
        self.failed += 1


def pending_recipients():
    """Users with unread, not yet e-mailed notifications who have not opted out."""
    opted_out = EmailPreference.objects.filter(digest=False).values("user_id")
    ids = (
        Notification.objects.filter(read_at__isnull=True, emailed_at__isnull=True)
        .exclude(recipient_id__in=opted_out)
        .values("recipient_id")
    )
    users = get_user_model().objects.filter(pk__in=ids, is_active=True).exclude(email="")
    return list(users.order_by("pk"))


def _base_url(base_url):
    if base_url:
        return base_url.rstrip("/")
    site = Site.objects.filter(is_default_site=True).first()
    return site.root_url if site else ""


def _message(user, pending, root):
    """The digest e-mail, in the active language (links under its prefix)."""
    unsubscribe = root + reverse(
        "communities:unsubscribe", args=[tokens.make(user, tokens.UNSUBSCRIBE_SALT)]
    )
    body = render_to_string(
        "communities/email/digest.txt",
        {"user": user, "notifications": pending, "base_url": root, "unsubscribe_url": unsubscribe},
    )
    subject = one_line(_("New posts in your communities of practice"))
    message = EmailMessage(subject, body, to=[user.email])
    message.extra_headers = {
        "List-Unsubscribe": f"<{unsubscribe}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
    return message


def send_digest(user, base_url="", on_failure=None):
    """Mark ``user``'s pending notifications e-mailed and send them their digest once
    that commits; True if a digest was queued. If the mail fails, the notifications
    are unmarked (the next run retries them) and ``on_failure()`` runs."""
    if not access.is_staff_member(user):
        return False
    with transaction.atomic():
        pending = list(
            visible_notifications(user)
            .filter(read_at__isnull=True, emailed_at__isnull=True)
            .select_related("actor", "topic__community")
            .select_for_update(of=("self",))[:MAX_ITEMS]
        )
        if not pending:
            return False
        with in_language_of(user):
            with_topic_urls(pending, lambda note: note.topic)
            message = _message(user, pending, _base_url(base_url))
        ids = [note.pk for note in pending]
        marked_at = timezone.now()
        Notification.objects.filter(pk__in=ids).update(emailed_at=marked_at)

        def retry_next_run():
            # Only what this run marked: a newer event already unmarked the rest.
            Notification.objects.filter(pk__in=ids, emailed_at=marked_at).update(emailed_at=None)
            if on_failure is not None:
                on_failure()

        send_after_commit(message, MAIL_KIND, on_failure=retry_next_run)
    return True


def send_digests(users, base_url=""):
    """Send each of ``users`` their digest; one failure never stops the others.
    Returns the run's :class:`DigestRun` (complete once the transaction commits)."""
    run = DigestRun()
    for user in users:
        try:
            queued = send_digest(user, base_url, on_failure=run.mail_failed)
        except Exception:  # a digest that cannot be prepared: log it, go on with the others
            logger.exception(
                "digest failed", extra={"event": "communities.digest_failed", "user": user.pk}
            )
            run.failed += 1
        else:
            run.sent += queued
    return run

"""The notification digest: one e-mail per user per run, with a one-click unsubscribe."""

from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Site

from communities import access, tokens
from communities.listing import visible_notifications
from communities.models import EmailPreference, Notification

MAX_ITEMS = 20


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


def send_digest(user, base_url=""):
    """Send ``user`` their digest; returns 1 if a mail went out, else 0."""
    if not access.is_staff_member(user):
        return 0
    with transaction.atomic():
        pending = list(
            visible_notifications(user)
            .filter(read_at__isnull=True, emailed_at__isnull=True)
            .select_related("actor", "topic")
            .select_for_update(of=("self",))[:MAX_ITEMS]
        )
        if not pending:
            return 0
        root = _base_url(base_url)
        with translation.override("th"):
            unsubscribe = root + reverse(
                "communities:unsubscribe", args=[tokens.make(user, tokens.UNSUBSCRIBE_SALT)]
            )
            body = render_to_string(
                "communities/email/digest.txt",
                {
                    "user": user,
                    "notifications": pending,
                    "base_url": root,
                    "unsubscribe_url": unsubscribe,
                },
            )
            subject = _("New posts in your communities of practice")
        message = EmailMessage(subject, body, to=[user.email])
        message.extra_headers = {
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }
        message.send()
        Notification.objects.filter(pk__in=[note.pk for note in pending]).update(
            emailed_at=timezone.now()
        )
    return 1

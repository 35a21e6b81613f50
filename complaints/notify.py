"""Mail to the complainant, in the language they filed in, after the commit. An
anonymous complainant gave no address and gets none."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from core.mail import send_after_commit
from core.text import one_line


def _send(complaint, subject, template, **context):
    if complaint.anonymous or not complaint.contact_email:
        return
    with translation.override(complaint.language):
        context.update(
            complaint=complaint,
            track_url=settings.WAGTAILADMIN_BASE_URL + reverse("complaints:track"),
        )
        message = EmailMessage(
            subject=one_line(f"{subject} {complaint.reference}"),
            body=render_to_string(f"complaints/email/{template}.txt", context),
            to=[complaint.contact_email],
        )
    send_after_commit(message, f"complaints.{template}")


def filed(complaint, tracking_code):
    _send(complaint, _("We have received your complaint"), "filed", tracking_code=tracking_code)


def information_requested(complaint, question):
    _send(complaint, _("We need more information about"), "information", text=question)


def replied(complaint, text):
    _send(complaint, _("A reply about"), "reply", text=text)


def answered(complaint, text):
    _send(complaint, _("Our answer about"), "reply", text=text)

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
from surveys.links import response_link


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


def _survey_link(complaint):
    """The absolute address of the satisfaction survey of the complaint's office, or
    None when that office has none open for links."""
    if complaint.office is None:
        return None
    with translation.override("th"):
        link = response_link(complaint.reference, complaint.office.localized)
    return settings.WAGTAILADMIN_BASE_URL + link if link else None


def closed(complaint, automatically=False):
    """The complaint is closed: confirmed by the complainant, or ``automatically``
    after the time to confirm passed. Both carry the office's survey link."""
    _send(
        complaint,
        _("Your complaint is closed:"),
        "closed",
        automatically=automatically,
        survey_url=_survey_link(complaint),
    )

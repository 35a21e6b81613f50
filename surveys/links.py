"""Addresses of surveys: a QR code's link for an office, a kiosk's page, and the
signed link a closed complaint or a ticket sends (one answer per reference)."""

from django.core import signing
from django.urls import reverse
from django.utils import timezone, translation

from surveys.models import Survey

SALT = "surveys.link"
LINK_MAX_AGE = 90 * 24 * 60 * 60  # a link answers for 90 days


def survey_url(survey, office):
    """The survey's address for ``office`` (what a poster's QR code holds)."""
    return f"{reverse('surveys:form', args=[survey.slug])}?office={office.code}"


def kiosk_url(token):
    """A kiosk's address, in Thai (its page switches to English)."""
    with translation.override("th"):
        return reverse("surveys:kiosk", args=[token])


def linked_survey(office, day=None):
    """The open survey that takes links at ``office``, the most recent first."""
    day = day or timezone.localdate()
    return (
        Survey.objects.filter(by_link=True, offices=office, opens_on__lte=day, closes_on__gte=day)
        .order_by("-opens_on", "-pk")
        .first()
    )


def response_link(reference, office):
    """A signed survey address for a complaint or ticket ``reference`` handled at
    ``office`` (the Thai office page), or None when no survey there takes links."""
    survey = linked_survey(office)
    if survey is None:
        return None
    token = signing.dumps({"s": survey.pk, "o": office.pk, "r": str(reference)}, salt=SALT)
    return reverse("surveys:link", args=[token])


def read_link(token):
    """(survey id, office id, reference) from a link's token; ``signing.BadSignature``
    (or its ``SignatureExpired``) when it was altered or is too old."""
    data = signing.loads(token, salt=SALT, max_age=LINK_MAX_AGE)
    return data["s"], data["o"], data["r"]

"""The fixed vocabularies of complaint handling: values never change between
languages; labels are translated through gettext."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Kind(models.TextChoices):
    COMPLAINT = "complaint", _("Complaint")
    GRIEVANCE = "grievance", _("Grievance")
    SUGGESTION = "suggestion", _("Suggestion")
    COMPLIMENT = "compliment", _("Compliment")
    CORRUPTION = "corruption", _("Corruption tip")


class Channel(models.TextChoices):
    WEB = "web", _("Web form")
    PHONE = "phone", _("Telephone (1161)")
    LETTER = "letter", _("Letter")
    WALK_IN = "walk-in", _("Walk-in")
    FACEBOOK = "facebook", _("Facebook")
    LINE = "line", _("LINE")
    EMAIL = "email", _("E-mail")


class Source(models.TextChoices):
    """Who passed the complaint on: the last three get the stricter SLA."""

    DIRECT = "direct", _("Directly from the complainant")
    CENTRE_1111 = "1111", _("1111 Government Contact Center")
    DAMRONGTHAM = "damrongtham", _("Damrongtham Center")
    MEDIA = "media", _("The media")


STRICT_SOURCES = frozenset({Source.CENTRE_1111, Source.DAMRONGTHAM, Source.MEDIA})


class Priority(models.TextChoices):
    P1 = "P1", _("P1 – urgent")
    P2 = "P2", _("P2 – high")
    P3 = "P3", _("P3 – normal")
    P4 = "P4", _("P4 – low")


class Status(models.TextChoices):
    NEW = "new", _("Received")
    IN_PROGRESS = "in-progress", _("In progress")
    WAITING = "waiting", _("Paused")
    ANSWERED = "answered", _("Answered")
    CLOSED = "closed", pgettext_lazy("complaint status", "Closed")


OPEN_STATUSES = frozenset({Status.NEW, Status.IN_PROGRESS, Status.WAITING})


class PauseOn(models.TextChoices):
    """Whom a paused clock waits on."""

    CITIZEN = "citizen", _("The complainant")
    AGENCY = "agency", _("Another agency")


class Outcome(models.TextChoices):
    UPHELD = "upheld", _("Upheld: the problem was fixed")
    PARTLY = "partly", _("Partly upheld")
    NOT_UPHELD = "not-upheld", _("Not upheld: explained")
    REFERRED = "referred", _("Referred to another agency")
    DUPLICATE = "duplicate", _("Duplicate")
    NOTED = "noted", _("Noted (suggestion or compliment)")


# Text limits the forms, the API and the models share.
SUBJECT_MAX_LENGTH = 200
TEXT_MAX_LENGTH = 5000

"""The fixed vocabularies of satisfaction surveys: values never change between
languages; labels are translated through gettext."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Dimension(models.TextChoices):
    PROCESS = "process", _("Process")
    STAFF = "staff", _("Staff")
    FACILITIES = "facilities", _("Facilities")
    RESULT = "result", _("Result")
    OVERALL = "overall", _("Overall")
    OTHER = "other", _("Other")


class SmileLetter(models.TextChoices):
    """The SMILE project's five service qualities of staff."""

    S = "S", _("S — Smile")
    M = "M", _("M — Marvelous")
    I = "I", _("I — Impress")  # noqa: E741 (the letter is the name)
    L = "L", _("L — Lively")
    E = "E", _("E — Excellence")


class Channel(models.TextChoices):
    KIOSK = "kiosk", _("Kiosk at the counter")
    QR = "qr", _("QR code")
    LINK = "link", _("Link after a complaint or ticket")


class Phase(models.TextChoices):
    BASELINE = "baseline", _("Baseline (before)")
    AFTER = "after", _("After the change")
    CONTINUOUS = "continuous", _("Continuous")

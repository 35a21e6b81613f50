"""The fixed vocabularies of the office directory: values never change between
languages; labels are translated through gettext."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OfficeType(models.TextChoices):
    REGIONAL = "regional", _("Regional Revenue Office")
    AREA = "area", _("Area Revenue Office")
    BRANCH = "branch", _("Area Revenue Branch Office")


class GeccLevel(models.TextChoices):
    """Government Easy Contact Center certification (มาตรฐานศูนย์ราชการสะดวก)."""

    BASIC = "basic", _("Basic")
    ADVANCED = "advanced", _("Advanced")
    EXCELLENT = "excellent", _("Excellent")

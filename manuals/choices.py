"""The fixed vocabularies the indexes filter by, and the limits forms and models share.

They are code, not content: values never change between languages (so filters
and translations stay in step) and labels are translated through gettext.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ServiceGroup(models.TextChoices):
    PERSONAL_INCOME_TAX = "personal-income-tax", _("Personal income tax")
    VAT = "vat", _("Value added tax")
    REGISTRATION = "registration", _("Registration and taxpayer numbers")
    REFUNDS = "refunds", _("Tax refunds")
    E_SERVICES = "e-services", _("Online services")


class Agency(models.TextChoices):
    REVENUE_DEPARTMENT = "revenue-department", _("Revenue Department")
    REGIONAL_OFFICE = "regional-office", _("Regional Revenue Office")
    AREA_OFFICE = "area-office", _("Area Revenue Office")
    BRANCH_OFFICE = "branch-office", _("Area Revenue Branch Office")


class Audience(models.TextChoices):
    INDIVIDUALS = "individuals", _("Individuals")
    BUSINESSES = "businesses", _("Businesses")
    ELDERLY_AND_DISABLED = "elderly-disabled", _("Elderly and disabled people")


# A reader's comment on "Was this page helpful?" (form, model and database check).
FEEDBACK_COMMENT_MAX_LENGTH = 1000

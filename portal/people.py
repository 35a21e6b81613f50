"""How the portal names a signed-in person: their Thai name (the account's first and
last name) on the Thai site, the English name of their staff profile on the English
site, else whichever exists, else their user name."""

from django.core.exceptions import ObjectDoesNotExist
from django.utils.translation import get_language

from core.text import one_line


def _english_name(user):
    try:
        return one_line(user.staff_profile.name_en)
    except ObjectDoesNotExist:
        return ""


def display_name(user, language=None):
    thai = one_line(user.get_full_name())
    if (language or get_language()) == "en":
        name = _english_name(user) or thai
    else:
        name = thai or _english_name(user)  # the profile is read only when needed
    return name or user.get_username()

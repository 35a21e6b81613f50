"""Who may manage surveys and read their reports, and which offices they see.

Executives (``core.read_all_offices``) see every office; office heads and survey
managers see their own office (``StaffProfile.office``) and its branches."""

from django.utils.translation import gettext as _

from core.access import deny, has_role
from offices.models import OfficePage


def may_report(user):
    return has_role(user, "manage_surveys") or has_role(user, "read_all_offices")


def offices_for(user):
    """The source-language offices ``user`` may report on and register kiosks for."""
    offices = OfficePage.objects.filter(locale__language_code="th")
    if has_role(user, "read_all_offices"):
        return offices
    if not has_role(user, "manage_surveys"):
        return offices.none()
    profile = getattr(user, "staff_profile", None)
    office = profile.office if profile else None
    if office is None:
        return offices.none()
    return offices.filter(path__startswith=office.path)


def refuse(request):
    return deny(
        request, _("Only survey managers, office heads and executives read survey reports.")
    )

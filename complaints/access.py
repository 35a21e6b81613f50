"""Who may open which complaint.

Officers, office heads and executives hold the complaint roles. Officers and
heads see the complaints of their office and of the branches under it (the
regional office also those filed for no office); executives see every office's.
Corruption tips are seen only by the designated officers
(``core.handle_corruption_tips``), from every office, and by nobody else,
whatever their other roles: the unit complained about never sees them.
"""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from complaints.choices import Kind
from complaints.models import Complaint
from core.access import deny, has_role, required
from offices.choices import OfficeType
from offices.models import OfficePage

ROLES = ("handle_complaints", "head_office", "read_all_offices", "handle_corruption_tips")


def is_officer(user):
    return any(has_role(user, role) for role in ROLES)


def sees_tips(user):
    return has_role(user, "handle_corruption_tips")


def staff_office(user):
    """The office page of ``user``'s staff profile, or None."""
    profile = getattr(user, "staff_profile", None)
    return profile.office if profile is not None else None


def visible(user, complaints=None):
    """``complaints`` (all by default) narrowed to those ``user`` may open."""
    complaints = Complaint.objects.all() if complaints is None else complaints
    if not is_officer(user):
        return complaints.none()
    tips = Q(kind=Kind.CORRUPTION)
    if has_role(user, "read_all_offices"):
        ordinary = Q()
    else:
        office = staff_office(user)
        if office is None:
            ordinary = Q(office__in=[])
        else:
            # Office ids rather than a join, so the search page can filter on them too.
            below = OfficePage.objects.filter(path__startswith=office.path)
            ordinary = Q(office__in=list(below.values_list("pk", flat=True)))
            if office.office_type == OfficeType.REGIONAL:
                ordinary |= Q(office__isnull=True)
    if sees_tips(user):
        return complaints.filter((ordinary & ~tips) | tips)
    return complaints.filter(ordinary & ~tips)


def may_act(user, complaint):
    """Officers and heads act on the complaints they see (designated officers on
    corruption tips); executives only read."""
    if complaint.kind == Kind.CORRUPTION:
        return sees_tips(user)
    return has_role(user, "handle_complaints") or has_role(user, "head_office")


def refuse(request):
    return deny(request, _("Only complaint officers, office heads and executives may open this."))


officer_required = required(is_officer, refuse)

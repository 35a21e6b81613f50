"""Who is who in contests, from the user alone (no contest data): the page models and
the object-level checks in ``contests.access`` both ask here."""

from core import access
from core.access import in_group
from portal.roles import CONTEST_MANAGERS, JUDGES


def is_entrant(user):
    """Signed-in staff submit entries."""
    return access.is_staff_member(user)


def is_judge(user):
    return user.is_authenticated and in_group(user, JUDGES)


def is_manager(user):
    return user.is_authenticated and (user.is_superuser or in_group(user, CONTEST_MANAGERS))

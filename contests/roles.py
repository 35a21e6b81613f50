"""Who is who in contests, from the user alone (no contest data): the page models and
the object-level checks in ``contests.access`` both ask here."""

from core import access


def is_entrant(user):
    """Signed-in staff submit entries."""
    return access.is_staff_member(user)


def is_judge(user):
    """Judges hold the role themselves: a superuser is not a judge of every contest."""
    return not user.is_superuser and access.has_role(user, "judge_contests")


def is_manager(user):
    return access.has_role(user, "manage_contests")

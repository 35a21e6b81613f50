"""Who may learn and who may read the completion report, and how others are turned away."""

from django.utils.translation import gettext_lazy as _

from core import access
from core.access import in_group
from portal.roles import SUPERVISORS


def is_learner(user):
    """Signed-in staff (and superusers) take courses."""
    return access.is_staff_member(user)


def is_supervisor(user):
    return user.is_authenticated and (user.is_superuser or in_group(user, SUPERVISORS))


def deny(request, reason=None):
    return access.deny(
        request,
        reason
        or _(
            "Lessons, quizzes, progress and certificates are for Revenue Department staff "
            "accounts only."
        ),
    )


def _refuse(reason=None):
    return lambda request: deny(request, reason)


learner_required = access.required(is_learner, _refuse())
supervisor_required = access.required(
    is_supervisor, _refuse(_("The training completion report is for supervisors."))
)

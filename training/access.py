"""Who may learn and who may read the completion report, and how others are turned away."""

from django.utils.translation import gettext_lazy as _

from core import access


def is_learner(user):
    """Signed-in staff (and superusers) take courses."""
    return access.is_staff_member(user)


def is_supervisor(user):
    return access.has_role(user, "supervise_training")


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

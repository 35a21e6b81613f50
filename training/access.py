"""Who may learn and who may read the completion report, and how others are turned away."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.db.models import prefetch_related_objects
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from portal.roles import STAFF, SUPERVISORS


def _in_group(user, name):
    """Group membership from ``user.groups`` prefetched once per request (Wagtail's page
    privacy check then reuses it)."""
    if not user.is_authenticated:
        return False
    prefetch_related_objects([user], "groups")
    return any(group.name == name for group in user.groups.all())


def is_learner(user):
    """Signed-in staff (and superusers) take courses."""
    return user.is_authenticated and (user.is_superuser or _in_group(user, STAFF))


def is_supervisor(user):
    return user.is_authenticated and (user.is_superuser or _in_group(user, SUPERVISORS))


def deny(request, reason=None):
    """Anonymous visitors go to the login page; signed-in outsiders get a 403 page."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    reason = reason or _(
        "Lessons, quizzes, progress and certificates are for Revenue Department staff "
        "accounts only."
    )
    return render(request, "training/forbidden.html", {"reason": reason}, status=403)


def _required(check, reason=None):
    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if not check(request.user):
                return deny(request, reason)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


learner_required = _required(is_learner)
supervisor_required = _required(
    is_supervisor, _("The training completion report is for supervisors.")
)

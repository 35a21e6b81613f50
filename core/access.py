"""How every app turns people away, and the permission check their access helpers share.

Access follows permissions (``core.Role``'s, granted to the role groups by
``setup_roles``), never group names, so renaming a group in the admin keeps access."""

from functools import wraps

from django.contrib.auth import get_user_model
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import render

from core.events import security_event

STAFF = "Staff"  # the group of every Revenue Department staff account


def has_role(user, codename):
    """True if ``user`` holds ``core.<codename>`` (superusers hold every one).
    Django caches a user's permissions on the user object, which lives one request."""
    return user.is_authenticated and user.has_perm(f"core.{codename}")


def is_staff_member(user):
    """Revenue Department staff and superusers: the one staff check of every app."""
    return has_role(user, "staff_member")


def users_with_role(codename):
    """Active users holding ``core.<codename>``, superusers included."""
    return get_user_model().objects.with_perm(
        f"core.{codename}", backend="django.contrib.auth.backends.ModelBackend"
    )


def deny(request, reason, status=403):
    """Anonymous visitors go to the login page; signed-in outsiders get a page
    that gives ``reason`` and names nothing they may not see."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    security_event("access.denied", request, status=status)
    return render(request, "forbidden.html", {"reason": reason}, status=status)


def required(check, refuse):
    """A view decorator: ``refuse(request)`` answers users for whom ``check`` fails."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if not check(request.user):
                return refuse(request)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator

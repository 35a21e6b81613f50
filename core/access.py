"""How every app turns people away, and the group check their access helpers share."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.db.models import prefetch_related_objects
from django.shortcuts import render

STAFF = "Staff"  # the group of every Revenue Department staff account


def in_group(user, name):
    """Group membership from ``user.groups``, prefetched once per request (Wagtail's
    page privacy check then reuses it)."""
    if not user.is_authenticated:
        return False
    prefetch_related_objects([user], "groups")
    return any(group.name == name for group in user.groups.all())


def is_staff_member(user):
    """Revenue Department staff (the Staff group) and superusers: the one staff check
    of every app."""
    return user.is_authenticated and (user.is_superuser or in_group(user, STAFF))


def deny(request, reason, status=403):
    """Anonymous visitors go to the login page; signed-in outsiders get a page
    that gives ``reason`` and names nothing they may not see."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
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

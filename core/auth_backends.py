"""What every page asks of the signed-in person, in fewer queries.

Both authentication backends (``core.lockout.LockoutBackend`` and allauth's, as
:class:`AccountBackend`) take :class:`RequestUserMixin`:

- ``get_user``, which Django's session middleware calls once per request, joins
  the one-to-one relations named in ``settings.SESSION_USER_RELATED`` (the
  portal's staff profile, whose English name the account menu shows), so reading
  them costs no query;
- ``get_all_permissions``, which Wagtail's user bar asks on every page a
  signed-in person opens, reads the person's own permissions and their groups'
  in one query instead of Django's two. Like Django's answer it is remembered on
  the user object, which lives for one request: a permission taken away holds
  from the next request.
"""

from allauth.account.auth_backends import AuthenticationBackend
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission


class RequestUserMixin:
    """For a subclass of Django's ``ModelBackend``."""

    def get_user(self, user_id):
        users = get_user_model()._default_manager.select_related(*settings.SESSION_USER_RELATED)
        user = users.filter(pk=user_id).first()
        return user if user is not None and self.user_can_authenticate(user) else None

    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if not hasattr(user_obj, "_portal_permissions"):
            user_obj._portal_permissions = _permissions(user_obj)
        return user_obj._portal_permissions


def _permissions(user):
    """``{"app_label.codename"}`` of ``user`` (all of them for a superuser)."""
    names = ("content_type__app_label", "codename")
    if user.is_superuser:
        granted = Permission.objects.values_list(*names)
    else:
        own = Permission.objects.filter(user=user).order_by().values_list(*names)
        by_group = Permission.objects.filter(group__user=user).order_by().values_list(*names)
        granted = own.union(by_group)
    return {f"{app_label}.{codename}" for app_label, codename in granted}


class AccountBackend(RequestUserMixin, AuthenticationBackend):
    """allauth's backend (sign-in by e-mail address)."""

"""Sign-in lockout shared by every login path (allauth's and the Wagtail admin's).

Failures are counted from Django's ``user_login_failed`` signal, which every
path sends through ``authenticate()``, so moving to another login form does
not reset the count. While an account or an address is locked,
:class:`LockoutBackend` refuses even the right password, and the login forms
say why in the user's language.
"""

import hashlib

from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _

LOCKED_MESSAGE = _(
    "Too many failed sign-in attempts. For your safety sign-in is paused; "
    "try again in %(minutes)d minutes."
)


def _identifier(credentials):
    value = credentials.get("username") or credentials.get("email") or ""
    return str(value).strip().casefold()


def _counters(request, identifier):
    """Cache keys and limits that apply to this attempt."""
    limits = settings.LOGIN_LOCKOUT
    counters = []
    if identifier:
        digest = hashlib.sha256(identifier.encode()).hexdigest()
        counters.append((f"lockout:account:{digest}", limits["per_account"]))
    address = request.META.get("REMOTE_ADDR") if request is not None else None
    if address:
        counters.append((f"lockout:address:{address}", limits["per_address"]))
    return counters


def is_locked(request, identifier):
    identifier = str(identifier or "").strip().casefold()
    return any(cache.get(key, 0) >= limit for key, limit in _counters(request, identifier))


def check_not_locked(request, identifier):
    """Raise the form error users see while sign-in is paused for them."""
    if is_locked(request, identifier):
        minutes = settings.LOGIN_LOCKOUT["minutes"]
        raise ValidationError(LOCKED_MESSAGE, code="locked_out", params={"minutes": minutes})


@receiver(user_login_failed, dispatch_uid="portal_lockout_failure")
def record_failure(sender, credentials, request=None, **kwargs):
    timeout = settings.LOGIN_LOCKOUT["minutes"] * 60
    for key, _limit in _counters(request, _identifier(credentials)):
        cache.add(key, 0, timeout)
        try:
            cache.incr(key)
        except ValueError:  # expired between add() and incr()
            cache.set(key, 1, timeout)


@receiver(user_logged_in, dispatch_uid="portal_lockout_success")
def forget_failures(sender, request, user, **kwargs):
    """A successful sign-in clears the account's count (not the address's)."""
    for identifier in {user.get_username(), user.email}:
        if identifier:
            cache.delete_many([key for key, _ in _counters(None, identifier.casefold())])


class LockoutBackend(ModelBackend):
    """Django's model backend, first in AUTHENTICATION_BACKENDS, which stops the
    whole chain (allauth's e-mail backend too) while sign-in is paused."""

    def authenticate(self, request, **credentials):
        if is_locked(request, _identifier(credentials)):
            raise PermissionDenied
        return super().authenticate(request, **credentials)

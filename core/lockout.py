"""Sign-in lockout shared by every login path (allauth's and the Wagtail admin's).

Failures are counted from Django's ``user_login_failed`` signal, which every
path sends through ``authenticate()``, so moving to another login form does
not reset the count. Two counters apply to an attempt (``core.throttle``, in the
database where no cache can evict them):

- the account *from this address*: typing the user name or the e-mail address
  counts against the same account, and a stranger elsewhere cannot lock a real
  user out by failing on purpose (django-axes' "username and IP" combination);
- the address, whatever names it tries: one address guessing many accounts.

The address is the real client's (``core.client``), so behind a proxy each user
keeps their own count. While a counter is at its limit, :class:`LockoutBackend`
refuses even the right password and the login forms say why in the user's language.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _

from core import throttle
from core.auth_backends import RequestUserMixin
from core.client import client_address
from core.events import security_event

LOCKED_MESSAGE = _(
    "Too many failed sign-in attempts. For your safety sign-in is paused; "
    "try again in %(minutes)d minutes."
)
# Longer than any user name or e-mail address the portal accepts.
MAX_IDENTIFIER_LENGTH = 254


def _account(identifier):
    """The account a typed name or e-mail address means: its id when it exists (so
    both spellings count together), else the name as typed."""
    name = str(identifier or "").strip()[:MAX_IDENTIFIER_LENGTH]
    if not name:
        return ""
    user_id = (
        get_user_model()
        .objects.filter(Q(username__iexact=name) | Q(email__iexact=name))
        .order_by("pk")
        .values_list("pk", flat=True)
        .first()
    )
    return f"user:{user_id}" if user_id else f"name:{name.casefold()}"


def _counters(request, account):
    """``(counter key, limit)`` for this attempt."""
    limits = settings.LOGIN_LOCKOUT
    address = client_address(request)
    counters = [(throttle.key("lockout:address", address), limits["per_address"])]
    if account:
        counters.append(
            (throttle.key("lockout:account", account, address), limits["per_account_address"])
        )
    return counters


def _is_locked(request, account):
    return any(throttle.count(name) >= limit for name, limit in _counters(request, account))


def check_not_locked(request, identifier):
    """Raise the form error users see while sign-in is paused for them."""
    if _is_locked(request, _account(identifier)):
        minutes = settings.LOGIN_LOCKOUT["minutes"]
        raise ValidationError(LOCKED_MESSAGE, code="locked_out", params={"minutes": minutes})


def _typed(credentials):
    return credentials.get("username") or credentials.get("email") or ""


@receiver(user_login_failed, dispatch_uid="portal_lockout_failure")
def record_failure(sender, credentials, request=None, **kwargs):
    window = settings.LOGIN_LOCKOUT["minutes"] * 60
    for name, limit in _counters(request, _account(_typed(credentials))):
        if throttle.hit(name, window) == limit:
            security_event("login.locked", request, counter=name.split(":")[1])


@receiver(user_logged_in, dispatch_uid="portal_lockout_success")
def forget_failures(sender, request, user, **kwargs):
    """A successful sign-in clears the account's count from this address (not the
    address's own count)."""
    address = client_address(request)
    throttle.reset(throttle.key("lockout:account", f"user:{user.pk}", address))


class LockoutBackend(RequestUserMixin, ModelBackend):
    """Django's model backend, first in AUTHENTICATION_BACKENDS, which stops the
    whole chain (allauth's e-mail backend too) while sign-in is paused."""

    def authenticate(self, request, **credentials):
        if _is_locked(request, _account(_typed(credentials))):
            raise PermissionDenied
        return super().authenticate(request, **credentials)

"""Account forms for both sign-in paths: the shared lockout, bounded input, labels
rather than placeholders, and sign-up and password-reset limits per client address
(``core.throttle``)."""

from allauth.account.forms import ChangePasswordForm as AllauthChangePasswordForm
from allauth.account.forms import LoginForm as AllauthLoginForm
from allauth.account.forms import ResetPasswordForm as AllauthResetPasswordForm
from allauth.account.forms import ResetPasswordKeyForm as AllauthResetPasswordKeyForm
from allauth.account.forms import SignupForm as AllauthSignupForm
from allauth.core import context
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

from core import throttle
from core.client import client_address
from core.events import security_event
from core.lockout import MAX_IDENTIFIER_LENGTH, check_not_locked

TOO_MANY = _("Too many requests from your network just now. Please try again in an hour.")


def _bound(field):
    field.max_length = MAX_IDENTIFIER_LENGTH
    field.validators.append(MaxLengthValidator(MAX_IDENTIFIER_LENGTH))
    field.widget.attrs["maxlength"] = MAX_IDENTIFIER_LENGTH


class LabelsNotPlaceholders:
    """GOV.UK: the label says what to enter; allauth's placeholders repeat it, and
    vanish as soon as one types."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget.attrs.pop("placeholder", None)


def _check_throttle(request, name, *parts):
    """Count one request against ``THROTTLES[name]``; a form error once it is over."""
    limit, window = settings.THROTTLES[name]
    if not throttle.within_limit(throttle.key(f"throttle:{name}", *parts), limit, window):
        security_event("throttled", request, action=name)
        raise ValidationError(TOO_MANY, code="throttled")


class LoginForm(LabelsNotPlaceholders, AllauthLoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _bound(self.fields["login"])
        # allauth labels the field "Login", the page's own title; its placeholder
        # ("Username or email") says what to enter, so that becomes the label.
        self.fields["login"].label = self._get_login_field_placeholder()

    def clean(self):
        check_not_locked(self.request, self.data.get("login"))
        return super().clean()


class AdminLoginForm(WagtailLoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _bound(self.fields["username"])

    def clean(self):
        check_not_locked(self.request, self.data.get("username"))
        return super().clean()


class SignupForm(LabelsNotPlaceholders, AllauthSignupForm):
    def validate_unique_email(self, value):
        """A registered address is not an error on the form (that would tell anyone
        it is registered): its owner gets an "you already have an account" e-mail
        and the visitor the same "check your e-mail" page as any sign-up."""
        try:
            return super().validate_unique_email(value)
        except ValidationError as error:
            if error.code != "email_taken":
                raise
            self.account_already_exists = True
            return value

    def clean(self):
        request = context.request  # allauth's forms get no request; its middleware keeps it
        _check_throttle(request, "signup", client_address(request))
        return super().clean()


class ResetPasswordForm(LabelsNotPlaceholders, AllauthResetPasswordForm):
    def clean_email(self):
        request = context.request
        _check_throttle(request, "reset_password", client_address(request))
        email = super().clean_email()
        _check_throttle(request, "reset_password_per_email", email.casefold())
        return email


class ResetPasswordKeyForm(LabelsNotPlaceholders, AllauthResetPasswordKeyForm):
    pass


class ChangePasswordForm(LabelsNotPlaceholders, AllauthChangePasswordForm):
    pass

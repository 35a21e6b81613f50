"""allauth, fitted to the portal: the client address behind our proxies, user names
that cannot pass for another, sign-ups that wait for the e-mail link, and each
person's own home after signing in."""

from allauth.account import app_settings
from allauth.account.adapter import DefaultAccountAdapter

# allauth's stages module imports its flows, which import it back: it loads only
# once they are loaded (manage.py check may import this adapter before the URLs).
from allauth.account.internal import flows  # noqa: F401
from allauth.account.stages import EmailVerificationStage
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core import names
from core.client import client_address


class AccountAdapter(DefaultAccountAdapter):
    def get_client_ip(self, request):
        return client_address(request)

    def get_login_redirect_url(self, request):
        """Each person lands on their own home ("งานของฉัน"); a ``next`` wins (allauth)."""
        return reverse("my_home")

    def get_login_stages(self):
        stages = super().get_login_stages()
        ours = f"{__name__}.SignupVerificationStage"
        return [ours if stage.endswith(".EmailVerificationStage") else stage for stage in stages]

    def clean_username(self, username, shallow=False):
        username = super().clean_username(names.normalise(username), shallow=shallow)
        if shallow:
            return username
        if names.mixes_lookalikes(username):
            raise ValidationError(
                _("This user name mixes alphabets that look alike. Please use one alphabet."),
                code="lookalike",
            )
        look = names.skeleton(username)
        if look != username.casefold() and (
            get_user_model().objects.filter(username__iexact=look).exists()
        ):
            raise self.validation_error("username_taken")
        return username


class SignupVerificationStage(EmailVerificationStage):
    """A new sign-up waits for the link in its e-mail, whether or not the address
    was already registered, so sign-up tells nobody which addresses are. Accounts
    made by administrators sign in without one (verification stays optional)."""

    def handle(self):
        if self.login.signup:
            self.login.email_verification = app_settings.EmailVerificationMethod.MANDATORY
        return super().handle()

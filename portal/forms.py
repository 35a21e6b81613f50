"""Login forms for both sign-in paths, aware of the shared lockout."""

from allauth.account.forms import LoginForm as AllauthLoginForm
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

from core.lockout import check_not_locked


class LoginForm(AllauthLoginForm):
    def clean(self):
        check_not_locked(self.request, self.data.get("login"))
        return super().clean()


class AdminLoginForm(WagtailLoginForm):
    def clean(self):
        check_not_locked(self.request, self.data.get("username"))
        return super().clean()

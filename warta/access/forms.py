"""The admin login form: Wagtail's, plus the two-factor code when one is needed."""

from django import forms
from django.contrib.auth.signals import user_login_failed
from django.utils.translation import gettext_lazy as _
from django_otp import match_token
from wagtail.admin.forms.auth import LoginForm

from warta.access.twofactor import has_confirmed_device


class TwoFactorLoginForm(LoginForm):
    """Username, password and, for users with a confirmed device, its 6-digit code.

    A missing or wrong code gets the very message a wrong password gets, so the
    form never tells whether the password was right, and it counts as a failed
    login for the lockout. Users without a device log in with their password
    alone (``WARTA_REQUIRE_2FA`` then sends them to enrol one).
    """

    otp_token = forms.CharField(
        label=_("Kode verifikasi dua langkah"),
        help_text=_("Hanya bila verifikasi dua langkah aktif untuk akun Anda."),
        required=False,
        max_length=16,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}
        ),
    )

    def clean(self):
        cleaned = super().clean()
        user = self.get_user()
        if user is None or not has_confirmed_device(user):
            return cleaned
        token = "".join(cleaned.get("otp_token", "").split())
        device = match_token(user, token) if token else None
        if device is None:
            user_login_failed.send(
                sender=__name__,
                credentials={"username": cleaned.get("username")},
                request=self.request,
            )
            self.user_cache = None
            raise self.get_invalid_login_error()
        # django_otp's user_logged_in handler marks the session verified.
        user.otp_device = device
        return cleaned

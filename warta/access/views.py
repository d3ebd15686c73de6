"""The admin page where a user turns two-factor authentication on or off."""

import base64

import qrcode
import qrcode.image.svg
from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django_otp import login as otp_login
from django_otp import match_token
from django_otp.plugins.otp_totp.models import TOTPDevice

from warta.access.twofactor import has_confirmed_device

DEVICE_NAME = "Aplikasi autentikator"


def _token(request):
    return "".join(request.POST.get("otp_token", "").split())


def qr_data_uri(text):
    """The QR code as an inline SVG image (the admin's CSP allows data: images)."""
    svg = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage).to_string()
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode()


def twofactor(request):
    user = request.user
    if has_confirmed_device(user):
        if request.method == "POST" and match_token(user, _token(request)):
            TOTPDevice.objects.filter(user=user).delete()
            messages.success(request, _("Verifikasi dua langkah dimatikan."))
            return redirect("warta_twofactor")
        if request.method == "POST":
            messages.error(
                request, _("Kode salah; verifikasi dua langkah tetap aktif.")
            )
        return TemplateResponse(
            request, "access/twofactor.html", _context(enabled=True)
        )

    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
    if request.method == "POST":
        if device.verify_token(_token(request)):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            messages.success(
                request,
                _("Verifikasi dua langkah aktif. Kode diminta setiap kali masuk."),
            )
            return redirect("warta_twofactor")
        messages.error(request, _("Kode salah; periksa jam ponsel lalu coba lagi."))
    return TemplateResponse(
        request,
        "access/twofactor.html",
        _context(
            enabled=False,
            qr=qr_data_uri(device.config_url),
            secret=base64.b32encode(device.bin_key).decode(),
        ),
    )


def _context(**extra):
    return {
        "page_title": _("Verifikasi dua langkah"),
        "header_icon": "key",
        **extra,
    }

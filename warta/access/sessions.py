"""Admin sessions end after ``WARTA_ADMIN_IDLE_MINUTES`` unused (default 60).

A session that made no request for that long is logged out on its next one:
the admin then asks for the login again (Wagtail sends it to the login page,
with a message saying why) and returns to the page asked for. A working
editor's session is kept alive by their own requests, the editor's autosave
and Wagtail's editing-session pings included. The last use is written into
the session at most once a minute, so an active session costs no write per
request. Readers carry no session cookie and are not looked at.
"""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.utils.translation import gettext as _

SEEN = "warta_seen"
# Seconds between two writes of the last use.
WRITE_EVERY = 60
clock = time.time  # tests move it


def idle_seconds():
    return int(settings.WARTA_ADMIN_IDLE_MINUTES) * 60


class IdleTimeoutMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Only the admin's requests count (and write the session): a reader
        # page or the views beacon an editor's browser sends sets no cookie.
        in_admin = request.path.startswith("/admin/")
        if in_admin and settings.SESSION_COOKIE_NAME in request.COOKIES:
            self.check(request)
        return self.get_response(request)

    def check(self, request):
        if idle_seconds() <= 0 or not request.user.is_authenticated:
            return
        now, seen = clock(), request.session.get(SEEN)
        if not isinstance(seen, (int, float)) or seen > now:
            request.session[SEEN] = now
        elif now - seen > idle_seconds():
            logout(request)
            minutes = int(settings.WARTA_ADMIN_IDLE_MINUTES)
            messages.info(
                request,
                _(
                    "Sesi Anda berakhir karena tidak ada aktivitas selama "
                    "%(minutes)d menit. Silakan masuk lagi."
                )
                % {"minutes": minutes},
            )
        elif now - seen >= WRITE_EVERY:
            request.session[SEEN] = now

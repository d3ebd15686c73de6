"""Times on cards and lists: "5 menit lalu", "2 jam lalu", "2 Des 2026 14.05 WIB".

Cards and whole pages are kept in caches (a card for a day, a page for minutes),
so a relative time written into the HTML would be wrong by the time a reader
sees it. The HTML therefore carries the absolute time inside a ``<time
datetime>`` (``|waktu``), and ``warta/static/warta/times.js`` rewrites it
relative to the reader's clock by the rules of ``relatif`` below; without
JavaScript the absolute time stays, which is never wrong.
"""

import datetime

from django import template
from django.conf import settings
from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.html import format_html
from django.utils.translation import override

from warta.core.templatetags.warta import ZONE_NAMES

register = template.Library()

MINUTE = datetime.timedelta(minutes=1)
HOUR = datetime.timedelta(hours=1)
DAY = datetime.timedelta(days=1)


def zone_name(local):
    return ZONE_NAMES.get(settings.TIME_ZONE, local.strftime("%Z"))


def absolute(value):
    """ "2 Des 2026 14.05 WIB": the short date with the time, as dailies print it."""
    local = timezone.localtime(value)
    with override("id"):
        day = date_format(local, "j M Y")
    return f"{day} {local:%H.%M} {zone_name(local)}"


def relative_time(value, now):
    """The rule ``times.js`` applies too: "baru saja" under a minute, "N menit
    lalu" under an hour, "N jam lalu" under a day, then the absolute time. A
    time in the future (a clock ahead of the reader's) reads absolute."""
    age = now - value
    if age < -MINUTE or age >= DAY:
        return absolute(value)
    if age < MINUTE:
        return "baru saja"
    if age < HOUR:
        return f"{age // MINUTE} menit lalu"
    return f"{age // HOUR} jam lalu"


@register.filter
def relatif(value, now=None):
    """``relative_time`` against the server's clock: only for what is never
    kept (cards and pages are: use ``|waktu``)."""
    if not value:
        return ""
    return relative_time(value, now or timezone.now())


@register.filter
def waktu(value, css_class=""):
    """``<time datetime="…" data-relatif>2 Des 2026 14.05 WIB</time>``: the
    absolute time, which ``times.js`` shows relative while it is recent."""
    if not value:
        return ""
    iso = timezone.localtime(value).isoformat(timespec="seconds")
    classes = " ".join(filter(None, ["waktu", css_class]))
    return format_html(
        '<time class="{}" datetime="{}" data-relatif>{}</time>',
        classes,
        iso,
        absolute(value),
    )

"""Template helpers for how an Indonesian daily writes dates, credits and captions."""

from django import template
from django.conf import settings
from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.translation import override
from wagtail.models import Page

from warta.core import routing

register = template.Library()

ZONE_NAMES = {
    "Asia/Jakarta": "WIB",
    "Asia/Pontianak": "WIB",
    "Asia/Makassar": "WITA",
    "Asia/Jayapura": "WIT",
}


@register.filter
def tanggal(value, with_time=True):
    """ "Selasa, 6 Juli 2021 | 14.05 WIB", whatever language the admin uses.

    The time is written with a period, as PUEBI has it and as ``|waktu`` writes
    it on cards: one format on every page a reader sees."""
    if not value:
        return ""
    local = timezone.localtime(value)
    with override("id"):
        text = date_format(local, "l, j F Y")
        if with_time:
            zone = ZONE_NAMES.get(settings.TIME_ZONE, local.strftime("%Z"))
            text += f" | {local:%H.%M} {zone}"
    return text


@register.filter
def tanggal_pendek(value):
    """ "6 Juli 2021", for cards and lists."""
    if not value:
        return ""
    with override("id"):
        return date_format(timezone.localtime(value), "j F Y")


@register.inclusion_tag("components/caption.html")
def caption(image, title="", text="", label="Foto"):
    """The credit line and caption under a photo: "Foto : CREDIT", "TITLE I text"."""
    return {"image": image, "title": title, "text": text, "label": label}


@register.filter
def ancestors(page):
    """The pages above ``page``, root first (kept by the routing: no query)."""
    return routing.ancestors(page)


@register.filter
def is_under(page, section):
    """Whether ``page`` is ``section`` or lies below it (the navigation marks
    that section); from the ancestors the routing kept, so no query."""
    if not isinstance(page, Page):
        return False
    return section.pk in {page.pk, *(above.pk for above in routing.ancestors(page))}

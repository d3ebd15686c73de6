"""The WhatsApp composer: a story's Channel post, and the morning digest.

WhatsApp has no API for a Channel post, so the composer writes the text (with
tracked links) for the editor to copy, or to open in WhatsApp through wa.me.
For the people who edit stories (``warta.reach.access``); anyone else gets a
403, an id that is not a story a 404.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page

from warta.popularity.models import MAX_PAGE_ID, story_content_types
from warta.reach import whatsapp
from warta.reach.access import can_use_reach

TITLE = "Kirim ke WhatsApp"
MORNING_TITLE = "WhatsApp pagi"


def forbidden(request, title):
    return TemplateResponse(
        request, "reach/forbidden.html", {"header_title": title}, status=403
    )


def rows_for(text, width=60):
    """Enough rows to show the whole text, its long lines wrapped (browsers
    without CSS ``field-sizing`` keep this height)."""
    lines = sum(1 + len(line) // width for line in text.splitlines())
    return max(6, min(lines + 1, 30))


def composer(request, title, subtitle, text, **more):
    return TemplateResponse(
        request,
        "reach/composer.html",
        {
            "header_title": title,
            "page_title": title,
            "page_subtitle": subtitle,
            "header_icon": "mobile-alt",
            "text": text,
            "rows": rows_for(text),
            "wa_me": whatsapp.wa_me(text) if text else "",
            **more,
        },
    )


def story(request, page_id):
    if not can_use_reach(request.user):
        return forbidden(request, TITLE)
    if not 0 < page_id <= MAX_PAGE_ID:
        raise Http404
    page = get_object_or_404(
        Page.objects.filter(content_type__in=story_content_types()), pk=page_id
    ).specific
    live = page.live and not page.get_view_restrictions().exists()
    return composer(
        request,
        TITLE,
        "",
        whatsapp.story_post(page) if live else "",
        page=page,
        not_live=not live,
        edit_url=reverse("wagtailadmin_pages:edit", args=[page.pk]),
    )


def morning(request):
    if not can_use_reach(request.user):
        return forbidden(request, MORNING_TITLE)
    home = whatsapp.the_home()
    today = timezone.localdate()
    text = whatsapp.morning_digest(home, request, today) if home else ""
    return composer(
        request,
        MORNING_TITLE,
        whatsapp.indonesian_date(today),
        text,
        empty=_("Belum ada berita terbit untuk dikirim pagi ini."),
        morning=True,
    )

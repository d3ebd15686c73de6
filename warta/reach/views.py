"""``/r/<code>/``: count one click on a tracked link, then send the reader on.

The answer is ``Cache-Control: private, no-store`` whatever it is, so neither
the page cache (``warta.delivery``) nor nginx nor a CDN keeps it: every click
reaches this view. No cookie is read or set (the view never touches the
session, the user or the CSRF token). A HEAD, a link-preview bot (WhatsApp and
Telegram fetch every link pasted into a chat) or a prefetch gets the same
redirect without being counted. Anything but a genuine code for a live story
is the site's 404.
"""

import re
from urllib.parse import urlencode

from django.db.models import Q
from django.http import Http404, HttpResponseRedirect
from django.utils import timezone
from django.views.decorators.http import require_safe
from wagtail.models import Page

from warta.core.models import WartaPageQuerySet
from warta.core.seo import absolute_url, page_path
from warta.popularity.models import story_content_types
from warta.reach.choices import MEDIUMS
from warta.reach.links import read_code
from warta.reach.models import record_click
from warta.trust.views import page_not_found

NO_STORE = "private, no-store"
# Link previews and crawlers; "cubot" is a phone brand, not a bot.
PREVIEW_AGENTS = re.compile(
    r"whatsapp|facebookexternalhit|telegrambot|twitterbot|slackbot|discordbot|"
    r"(?<!cu)bot|crawler|spider|preview",
    re.IGNORECASE,
)
PREFETCH_HEADERS = ("Sec-Purpose", "Purpose", "X-Purpose", "X-Moz")


def uncached(response):
    response["Cache-Control"] = NO_STORE
    response["X-Robots-Tag"] = "noindex"
    return response


def is_countable(request):
    """A person's GET: not a HEAD, not a preview or crawler, not a prefetch."""
    agent = request.headers.get("User-Agent", "").strip()
    if request.method != "GET" or not agent or PREVIEW_AGENTS.search(agent):
        return False
    return not any(
        "prefetch" in request.headers.get(name, "").lower() for name in PREFETCH_HEADERS
    )


def live_story(page_id):
    """The live, public, unexpired story with this id, or None."""
    now = timezone.now()
    return (
        WartaPageQuerySet(Page)
        .live()
        .public()
        .filter(pk=page_id, content_type__in=story_content_types())
        .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=now))
        .first()
    )


def destination(path, link):
    params = {"utm_source": link.channel, "utm_medium": MEDIUMS[link.channel]}
    if link.campaign:
        params["utm_campaign"] = link.campaign
    return f"{absolute_url(path)}?{urlencode(params)}"


@require_safe
def click(request, code):
    link = read_code(code)
    page = live_story(link.page_id) if link else None
    path = page_path(page, request) if page else ""
    if not path:  # no such story, or one on no site
        return uncached(page_not_found(request, Http404()))
    if is_countable(request):
        record_click(link)
    return uncached(HttpResponseRedirect(destination(path, link)))

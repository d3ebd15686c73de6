"""Reader pages of the trust features and the live report's poll endpoint."""

from django.contrib.syndication.views import Feed
from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import linebreaks
from django.views.decorators.http import require_safe
from django.views.defaults import page_not_found as django_page_not_found
from wagtail.rich_text import expand_db_html

from warta.core import paper, seo
from warta.core.pagination import paginate
from warta.core.templatetags.warta import tanggal
from warta.trust.models import Correction, LiveReportPage, Takedown

POLL_CACHE_CONTROL = "public, max-age=10, stale-while-revalidate=10"
GONE_CACHE_CONTROL = "public, max-age=60"
POLL_LIMIT = 50  # the newest updates a poll carries; older ones are on the page


def _listing_meta(title, description, path, page_obj):
    url = seo.canonical_url(path, page_obj.number)
    return seo.listing_meta(title, description, url)


@require_safe
def corrections(request):
    page_obj = paginate(request, Correction.objects.public())
    title = "Ralat dan Hak Jawab"
    description = (
        f"Semua ralat dan hak jawab yang dimuat {paper.name(request)}, "
        "terbaru lebih dulu."
    )
    return render(
        request,
        "pages/trust/corrections.html",
        {
            "page_obj": page_obj,
            "listing_title": title,
            "listing_meta": _listing_meta(title, description, request.path, page_obj),
        },
    )


@require_safe
def takedowns(request):
    page_obj = paginate(request, Takedown.objects.public())
    title = "Berita yang Dicabut"
    description = (
        f"Berita yang dicabut {paper.name(request)} beserta alasannya, "
        "sesuai Pedoman Pemberitaan Media Siber."
    )
    return render(
        request,
        "pages/trust/takedowns.html",
        {
            "page_obj": page_obj,
            "listing_title": title,
            "listing_meta": _listing_meta(title, description, request.path, page_obj),
        },
    )


TAKEDOWN_PATH_MAX = Takedown._meta.get_field("path").max_length


def page_not_found(request, exception=None):
    """A taken-down story's old address answers 410 with the public reason."""
    path = request.path
    if "\x00" in path or len(path) > TAKEDOWN_PATH_MAX:
        # Never a stored address (PostgreSQL refuses NUL in text): plain 404.
        return django_page_not_found(request, exception)
    candidates = {path, path if path.endswith("/") else path + "/"}
    takedown = Takedown.objects.public().filter(path__in=candidates).first()
    if takedown is None:
        return django_page_not_found(request, exception)
    response = render(
        request, "pages/trust/gone.html", {"takedown": takedown}, status=410
    )
    response["Cache-Control"] = GONE_CACHE_CONTROL
    return response


class CorrectionFeed(Feed):
    """``/ralat/rss/``: every correction and reply, newest first."""

    language = "id"
    ttl = 10

    def title(self):
        return f"{paper.name()} — Ralat dan Hak Jawab"

    def link(self):
        return seo.absolute_url(reverse("trust:corrections"))

    def description(self):
        return f"Ralat dan hak jawab atas berita {paper.name()}."

    def items(self):
        return Correction.objects.public()[:30]

    def item_title(self, item):
        return f"{item.get_kind_display()}: {item.page.title}"

    def item_link(self, item):
        return seo.absolute_url(item.page.url) + f"#{item.anchor}"

    def item_guid(self, item):
        return seo.absolute_url(reverse("trust:corrections")) + f"#{item.anchor}"

    def item_description(self, item):
        return linebreaks(item.text)

    def item_pubdate(self, item):
        return timezone.localtime(item.published_at)

    def item_categories(self, item):
        return [item.get_kind_display()]


def update_json(update):
    return {
        "id": update.pk,
        "time": seo.iso_datetime(update.posted_at),
        "time_label": tanggal(update.posted_at),
        "title": update.title,
        "html": expand_db_html(update.body),
    }


@require_safe
def live_updates(request, page_id):
    """The newest updates of a running report, for readers' browsers to poll."""
    page = (
        LiveReportPage.objects.live()
        .public()
        .filter(pk=page_id)
        .prefetch_related("live_updates")
        .first()
    )
    if page is None:
        raise Http404("Liputan tidak ditemukan.")
    updates = page.updates
    last = updates[0].posted_at if updates else None
    data = {
        "id": page.pk,
        "running": page.is_running,
        "count": len(updates),
        "last_update": seo.iso_datetime(last),
        "last_update_label": tanggal(last),
        "updates": [update_json(u) for u in updates[:POLL_LIMIT]],
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Cache-Control"] = POLL_CACHE_CONTROL
    return response

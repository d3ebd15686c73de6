"""Indeks: every story published on one day, newest first, as dailies keep it.

``/indeks/`` is today (Jakarta's date), ``/indeks/2026-12-02/`` that day,
``?rubrik=nasional`` one section, ``?page=N`` the next 50. The date picker
sends ``?tanggal=dd/mm/yyyy`` to ``/indeks/``, which redirects to the day's
address. A date that cannot be read, or has not come yet, and an unknown
section are a 404 that says so.

The pages are kept in the page cache on the ``/indeks/`` surface, which every
publish, unpublish, move and deletion bumps (``warta.delivery.events``).
"""

import datetime
import re

from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import path, re_path, reverse
from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.http import urlencode
from django.utils.translation import override
from django.views.decorators.http import require_safe

from warta.core import seo
from warta.core.cards import paginated_cards
from warta.core.dates import IndonesianDateField
from warta.core.listing import children_of
from warta.sections.models import SectionPage, published_pages

PER_PAGE = 50
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
FIRST_DAY = datetime.date(1900, 1, 1)


def long_date(day):
    """ "Rabu, 2 Desember 2026"."""
    with override("id"):
        return date_format(day, "l, j F Y")


def parse_day(text, today):
    """The date of ``/indeks/<text>/``, or Http404 with the reason."""
    if not ISO_DAY.match(text):
        raise Http404(
            "Tanggal indeks tidak dikenali. Tulis sebagai tttt-bb-hh, "
            "misalnya /indeks/2026-12-02/."
        )
    try:
        day = datetime.date.fromisoformat(text)
    except ValueError:
        raise Http404("Tanggal itu tidak ada di kalender.") from None
    if day < FIRST_DAY:
        raise Http404("Indeks dimulai pada 1 Januari 1900.")
    if day > today:
        raise Http404("Tanggal itu belum tiba: indeksnya belum ada.")
    return day


def day_url(day, section=None):
    url = reverse("indeks-day", args=[day.isoformat()])
    return url + ("?" + urlencode({"rubrik": section.slug}) if section else "")


def day_range(day):
    zone = timezone.get_current_timezone()
    start = datetime.datetime.combine(day, datetime.time.min, tzinfo=zone)
    return start, start + datetime.timedelta(days=1)


def stories_of(day, sections, section=None):
    """The stories first published on ``day`` (Jakarta time), in every
    section or one, newest first."""
    published = published_pages()
    if section is not None:
        stories = children_of(published, section)
    elif sections:
        first = sections[0]
        stories = published.filter(
            path__startswith=first.path[: -first.steplen], depth=first.depth + 1
        )
    else:
        stories = published.none()
    start, end = day_range(day)
    stories = stories.filter(first_published_at__gte=start, first_published_at__lt=end)
    return stories.order_by("-first_published_at", "-pk")


@require_safe
def indeks(request, day=None):
    today = timezone.localdate()
    if day is None and "tanggal" in request.GET:
        return picked_day(request, today)
    day = today if day is None else parse_day(day, today)
    sections = sorted(SectionPage.all_live(), key=lambda section: section.path)
    section = None
    slug = request.GET.get("rubrik", "")
    if slug:
        section = next((s for s in sections if s.slug == slug), None)
        if section is None:
            raise Http404(
                "Rubrik itu tidak ada. Pilih rubrik dari daftar di halaman indeks."
            )
    page_obj = paginated_cards(request, stories_of(day, sections, section), PER_PAGE)
    of_section = {s.url_path: s for s in sections}
    rows = [
        (story, of_section.get(story.url_path.rstrip("/").rsplit("/", 1)[0] + "/"))
        for story in page_obj.object_list
    ]
    title = f"Indeks Berita {long_date(day)}"
    if section:
        title += f" · {section.title}"
    before = day - datetime.timedelta(days=1)
    after = day + datetime.timedelta(days=1)
    url = seo.canonical_url(request.path, page_obj.number)
    if section:
        url += ("&" if "?" in url else "?") + urlencode({"rubrik": section.slug})
    return render(
        request,
        "pages/sections/indeks.html",
        {
            "day": day,
            "day_text": long_date(day),
            "is_today": day == today,
            "page_obj": page_obj,
            "rows": rows,
            "sections": sections,
            "section": section,
            "previous_url": day_url(before, section) if before >= FIRST_DAY else "",
            "next_url": day_url(after, section) if after <= today else "",
            "today_url": day_url(today, section),
            "picked": day.strftime("%d/%m/%Y"),
            "listing_title": title,
            "listing_meta": seo.listing_meta(
                title,
                f"Semua berita yang terbit pada {long_date(day)}, terbaru lebih dulu.",
                url,
            ),
        },
    )


def picked_day(request, today):
    """The date picker's ``?tanggal=``: to that day's address, or a 404 that
    names the problem."""
    field = IndonesianDateField(required=True)
    try:
        day = field.clean(request.GET.get("tanggal", ""))
    except ValidationError as error:
        raise Http404(" ".join(error.messages)) from None
    if day > today:
        raise Http404("Tanggal itu belum tiba: indeksnya belum ada.")
    slug = request.GET.get("rubrik", "")
    section = SectionPage.all_live().filter(slug=slug).first() if slug else None
    return redirect(day_url(day, section))


urlpatterns = [
    path("indeks/", indeks, name="indeks"),
    re_path(r"^indeks/(?P<day>[^/]{1,40})/$", indeks, name="indeks-day"),
]

"""The budget in the admin (list, week and month calendar, the form, drafts)
and the desks' calendar feeds.

Every object is looked up among what the person may see: another desk's
item is a 404, a bad date or id a 400 with the reason in Indonesian.
"""

import calendar
import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from warta.planning import access, actions, ics
from warta.planning.forms import PlanItemForm
from warta.planning.models import DeskFeed, PlanItem

VIEWS = {"hari": 1, "minggu": 7, "bulan": 0}
MONTHS = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
    "Agustus", "September", "Oktober", "November", "Desember",
]  # fmt: skip
WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


class BadInput(Exception):
    pass


def today():
    return timezone.localdate()


def bad_request(request, message):
    context = {"page_title": _("Rencana liputan"), "message": message}
    return TemplateResponse(request, "planning/bad_request.html", context, status=400)


def parse_day(value):
    if not value:
        return today()
    try:
        return datetime.date.fromisoformat(value)
    except (ValueError, TypeError):
        raise BadInput(
            _("Tanggal “%(value)s” tidak dikenal; tulis seperti 2026-12-31.")
            % {"value": value[:40]}
        ) from None


def parse_desk(request, desks):
    value = request.GET.get("desk", "")
    if not value:
        return None
    if not value.isdigit() or len(value) > 12:
        raise BadInput(_("Desk tidak dikenal."))
    desk = desks.filter(pk=int(value)).first()
    if desk is None:
        raise Http404(_("Desk tidak ditemukan."))
    return desk


def span(day, view):
    """The days a view shows: (first, last, weeks for a calendar grid)."""
    if view == "hari":
        return day, day, []
    if view == "minggu":
        first = day - datetime.timedelta(days=day.weekday())
        days = [first + datetime.timedelta(days=n) for n in range(7)]
        return days[0], days[-1], [days]
    weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(day.year, day.month)
    return weeks[0][0], weeks[-1][-1], weeks


def step(day, view, forward):
    sign = 1 if forward else -1
    if view == "hari":
        return day + datetime.timedelta(days=sign)
    if view == "minggu":
        return day + datetime.timedelta(days=7 * sign)
    month = day.month - 1 + sign
    return datetime.date(day.year + month // 12, month % 12 + 1, 1)


def title_of(day, view, first, last):
    if view == "bulan":
        return f"{MONTHS[day.month - 1]} {day.year}"
    if view == "minggu":
        start = f"{first.day} {MONTHS[first.month - 1]}"
        return f"{start} – {last.day} {MONTHS[last.month - 1]} {last.year}"
    return f"{WEEKDAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]} {day.year}"


def index(request):
    user = request.user
    desks = access.visible_desks(user)
    try:
        day = parse_day(request.GET.get("hari"))
        view = request.GET.get("tampilan") or "hari"
        if view not in VIEWS:
            raise BadInput(_("Tampilan tidak dikenal; pilih hari, minggu atau bulan."))
        desk = parse_desk(request, desks)
    except BadInput as error:
        return bad_request(request, str(error))
    mine = request.GET.get("saya") == "1"
    first, last, weeks = span(day, view)
    items = PlanItem.objects.on_desks([desk] if desk else desks).between(first, last)
    if mine:
        items = items.for_person(user)
    items = list(items.listed())
    by_day = {}
    for item in items:
        by_day.setdefault(item.day, []).append(item)
    planned = set(access.planned_desks(user).values_list("pk", flat=True))
    query = {
        "desk": desk.pk if desk else "",
        "tampilan": view,
        "saya": "1" if mine else "",
    }
    feeds = [
        (d, request.build_absolute_uri(ics.feed_path(DeskFeed.for_desk(d))))
        for d in ([desk] if desk else desks)
    ]
    context = {
        "page_title": _("Rencana liputan"),
        "header_icon": "date",
        "desks": desks,
        "desk": desk,
        "day": day,
        "view": view,
        "mine": mine,
        "items": items,
        "weeks": [[(d, by_day.get(d, [])) for d in week] for week in weeks],
        "weekdays": WEEKDAYS,
        "heading": title_of(day, view, first, last),
        "previous": step(day, view, False),
        "next": step(day, view, True),
        "today": today(),
        "query": query,
        "may_add": bool(planned),
        "planned": planned,
        "feeds": feeds,
    }
    return TemplateResponse(request, "planning/index.html", context)


def visible_item(request, pk):
    return get_object_or_404(
        PlanItem.objects.on_desks(access.visible_desks(request.user)).select_related(
            "desk", "writer", "photographer", "page"
        ),
        pk=pk,
    )


def add(request):
    desks = access.planned_desks(request.user)
    if not desks.exists():
        raise PermissionDenied
    try:
        day = parse_day(request.GET.get("hari"))
        desk = parse_desk(request, desks)
    except BadInput as error:
        return bad_request(request, str(error))
    initial = {"day": day, "desk": desk or desks.first()}
    form = PlanItemForm(request.POST or None, desks=desks, initial=initial)
    if request.method == "POST" and form.is_valid():
        item = form.save(commit=False)
        item.created_by = request.user
        item.save()
        actions.notify_assignees(item, request.user)
        messages.success(
            request, _("Rencana “%(slug)s” disimpan.") % {"slug": item.slug_line}
        )
        return redirect(day_url(item))
    return form_page(request, form, None)


def item_view(request, pk):
    """The item's form for who plans its desk; otherwise what it says."""
    item = visible_item(request, pk)
    if not access.may_plan(request.user, item.desk):
        context = {
            "page_title": item.slug_line,
            "item": item,
            "may_draft": access.may_draft(request.user, item),
        }
        return TemplateResponse(request, "planning/item.html", context)
    before = [user.pk for user in item.assignees()]
    desks = access.planned_desks(request.user)
    form = PlanItemForm(request.POST or None, instance=item, desks=desks)
    if request.method == "POST" and form.is_valid():
        item = form.save()
        actions.notify_assignees(item, request.user, before=before)
        messages.success(
            request, _("Rencana “%(slug)s” disimpan.") % {"slug": item.slug_line}
        )
        return redirect(day_url(item))
    return form_page(request, form, item)


def form_page(request, form, item):
    context = {
        "page_title": item.slug_line if item else _("Rencana baru"),
        "form": form,
        "item": item,
        "may_draft": bool(item) and access.may_draft(request.user, item),
    }
    return TemplateResponse(request, "planning/form.html", context)


@require_POST
def delete(request, pk):
    item = visible_item(request, pk)
    if not access.may_plan(request.user, item.desk):
        raise PermissionDenied
    item.delete()
    messages.success(
        request, _("Rencana “%(slug)s” dihapus.") % {"slug": item.slug_line}
    )
    return redirect(day_url(item))


@require_POST
def make_draft(request, pk):
    item = visible_item(request, pk)
    if item.page_id:
        messages.warning(request, _("Rencana ini sudah punya draf."))
        return redirect("wagtailadmin_pages:edit", item.page_id)
    if not access.may_draft(request.user, item):
        raise PermissionDenied
    page = actions.make_draft(item, request.user)
    messages.success(
        request,
        _("Draf “%(title)s” dibuat dari rencana liputan.") % {"title": page.title},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


def day_url(item):
    return reverse("planning:index") + f"?desk={item.desk_id}&hari={item.day:%Y-%m-%d}"


def feed(request, token):
    """A desk's budget as iCalendar, for a calendar app (no login: the token)."""
    desk_feed = DeskFeed.objects.select_related("desk").filter(token=token).first()
    if desk_feed is None:
        raise Http404
    body = ics.calendar_for(desk_feed.desk, request.get_host())
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, max-age=300"
    response["X-Robots-Tag"] = "noindex"
    return response

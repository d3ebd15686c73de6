"""A desk's story budget as an iCalendar feed (RFC 5545), times in Asia/Jakarta."""

import datetime

from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar, Event

from warta.planning.models import JAKARTA, PlanItem

PAST_DAYS = 30
EVENT_LENGTH = datetime.timedelta(minutes=30)


def feed_path(desk_feed):
    return reverse("planning_feed", args=[desk_feed.token])


def calendar_for(desk, host):
    cal = Calendar()
    cal.add("prodid", "-//Warta//Rencana liputan//ID")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", f"Rencana liputan · {desk.title}")
    cal.add("x-wr-timezone", "Asia/Jakarta")
    since = timezone.localdate() - datetime.timedelta(days=PAST_DAYS)
    items = PlanItem.objects.filter(desk=desk, day__gte=since).listed()
    for item in items:
        cal.add_component(event(item, host))
    cal.add_missing_timezones()
    return cal.to_ical()


def event(item, host):
    ev = Event()
    ev.add("uid", f"rencana-{item.pk}@{host.split(':')[0]}")
    ev.add("dtstamp", item.updated)
    ev.add("summary", item.slug_line)
    deadline = item.deadline_at()
    if deadline is None:
        ev.add("dtstart", item.day)
        ev.add("dtend", item.day + datetime.timedelta(days=1))
    else:
        ev.add("dtstart", deadline - EVENT_LENGTH)
        ev.add("dtend", deadline)
    if item.place:
        ev.add("location", item.place)
    ev.add("description", "\n".join(describe(item)))
    ev.add("status", "CONFIRMED" if item.writer_id else "TENTATIVE")
    return ev


def describe(item):
    if item.angle:
        yield item.angle
    if item.writer:
        yield f"Penulis: {item.writer.name}"
    if item.photographer:
        yield f"Fotografer: {item.photographer.name}"
    if item.deadline:
        yield f"Tenggat: {item.deadline:%H.%M} WIB"
    if item.planned_length:
        yield f"Panjang: {item.planned_length} kata"
    yield f"Terbit di: {item.get_channel_display()}"
    if item.fulfilled:
        yield "Terpenuhi"


__all__ = ["JAKARTA", "calendar_for", "feed_path"]

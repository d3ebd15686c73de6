"""The dashboard panel: which stories the newsletter, push and WhatsApp sent
readers to in the last seven days, channel by channel."""

import datetime

from django.db.models import Q, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from warta.reach.access import can_use_reach
from warta.reach.choices import Channel
from warta.reach.models import Click

DAYS = 7
TOP = 10


def channel_sums():
    return {
        str(channel): Sum("count", filter=Q(channel=channel), default=0)
        for channel in Channel
    }


def recent_clicks(today=None):
    today = today or timezone.localdate()
    return Click.objects.filter(day__gt=today - datetime.timedelta(days=DAYS))


def top_stories(clicks, limit=TOP):
    """The most-clicked stories, each with its clicks per channel and in all."""
    return list(
        clicks.values("page", "page__title")
        .annotate(**channel_sums(), total=Sum("count"))
        .order_by("-total", "page")[:limit]
    )


def totals(clicks):
    return clicks.aggregate(**channel_sums(), total=Sum("count", default=0))


class ReachPanel(Component):
    name = "reach"
    order = 60  # after the newsroom's panel
    template_name = "reach/panel.html"

    class Media:
        css = {"all": ["reach/panel.css"]}

    def get_context_data(self, parent_context=None):
        clicks = recent_clicks()
        return {
            "heading": _("Klik dari nawala, notifikasi dan WhatsApp"),
            "stories": top_stories(clicks),
            "totals": totals(clicks),
            "channels": Channel.choices,
            "days": DAYS,
        }


def add_reach_panel(request, panels):
    if can_use_reach(request.user):
        panels.append(ReachPanel())

"""The newsroom's dashboard panel: the review queue, the schedule, the output.

Everything is computed server-side, the views chart included (a small SVG),
so the admin loads no external script. The review queue, the schedule and
today's stories show only what the person may open: an editor of one desk
does not see the stories of another.
"""

import datetime

from django.db.models import CharField, Sum
from django.db.models.functions import Cast, TruncDate
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import Page, Revision, WorkflowState
from wagtail.permission_policies.pages import PagePermissionPolicy

from warta.feeds.queries import newest, stories
from warta.popularity.models import StoryViewCount

CHART_DAYS = 14
CHART_WIDTH, CHART_HEIGHT = 560, 120


def openable(user):
    """The pages this person may open in the editor (superusers: all)."""
    return PagePermissionPolicy().instances_user_has_any_permission_for(
        user, {"change"}
    )


def waiting_per_section(user):
    """In-progress reviews counted by the section (page below home) they sit in."""
    ids = WorkflowState.objects.filter(
        status=WorkflowState.STATUS_IN_PROGRESS, base_content_type__model="page"
    ).values_list("object_id", flat=True)
    paths = (
        openable(user)
        .filter(pk__in=[int(i) for i in ids])
        .values_list("path", flat=True)
    )
    counts = {}
    for path in paths:
        counts[path[:12]] = counts.get(path[:12], 0) + 1
    sections = Page.objects.filter(path__in=counts).order_by("path")
    return [(section.title, counts[section.path]) for section in sections]


def scheduled(user):
    # A subquery, not a list: a superuser may open every page of the archive.
    ids = openable(user).annotate(key=Cast("pk", CharField())).values("key")
    revisions = Revision.page_revisions.filter(
        approved_go_live_at__isnull=False, object_id__in=ids
    )
    return [
        (revision.object_str, revision.approved_go_live_at, revision.object_id)
        for revision in revisions.order_by("approved_go_live_at")[:10]
    ]


def published_today(user, today=None):
    """Today's stories (Jakarta's day) this person may open, newest first,
    each with how often it has been read."""
    today = today or timezone.localdate()
    start = timezone.make_aware(datetime.datetime.combine(today, datetime.time()))
    pages = list(
        newest(
            stories().filter(
                first_published_at__gte=start,
                pk__in=openable(user).values("pk"),
            )
        )[:20]
    )
    views = dict(
        StoryViewCount.objects.filter(page__in=[page.pk for page in pages])
        .values("page")
        .annotate(total=Sum("count"))
        .values_list("page", "total")
    )
    for page in pages:
        page.views = views.get(page.pk, 0)
    return pages


def views_per_day(today=None):
    today = today or timezone.localdate()
    start = today - datetime.timedelta(days=CHART_DAYS - 1)
    rows = (
        StoryViewCount.objects.filter(hour__date__gte=start)
        .annotate(day=TruncDate("hour"))
        .values("day")
        .annotate(total=Sum("count"))
    )
    totals = {row["day"]: row["total"] for row in rows}
    days = [start + datetime.timedelta(days=n) for n in range(CHART_DAYS)]
    return [(day, totals.get(day, 0)) for day in days]


def chart_bars(series):
    """Bar geometry for the SVG: x, y, width, height, label, value."""
    peak = max((value for _day, value in series), default=0) or 1
    slot = CHART_WIDTH / len(series)
    bars = []
    for n, (day, value) in enumerate(series):
        height = round((CHART_HEIGHT - 20) * value / peak, 1)
        bars.append(
            {
                "x": round(n * slot + 2, 1),
                "y": round(CHART_HEIGHT - 14 - height, 1),
                "width": round(slot - 4, 1),
                "height": height,
                "label": day.strftime("%d/%m"),
                "label_x": round(n * slot + slot / 2, 1),
                "value": value,
            }
        )
    return bars


class NewsroomPanel(Component):
    name = "newsroom"
    order = 50
    template_name = "newsroom/dashboard_panel.html"

    def get_context_data(self, parent_context=None):
        user = parent_context["request"].user
        series = views_per_day()
        return {
            "waiting": waiting_per_section(user),
            "scheduled": scheduled(user),
            "published": published_today(user),
            "bars": chart_bars(series),
            "total_views": sum(value for _day, value in series),
            "chart_width": CHART_WIDTH,
            "chart_height": CHART_HEIGHT,
            "heading": _("Redaksi"),
        }

"""The moderation queue (Komentar → Moderasi) and the closed threads, in the admin.

Moderators (Redaktur, Redaktur Pelaksana: see migration 0003 and
``warta.newsroom.roles``) see the queue newest first, filter it by status, story
or reader reports, search names, emails and text, and act in bulk.
"""

import django_filters
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from warta.comments.bulk_actions import BULK_ACTIONS
from warta.comments.choices import CommentStatus
from warta.comments.models import ClosedThread, Comment


def commented_pages(request):
    has_comments = Comment.objects.filter(page=OuterRef("pk"))
    return Page.objects.filter(Exists(has_comments)).order_by("title")


class CommentFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=CommentStatus.choices
    )
    page = django_filters.ModelChoiceFilter(label=_("Berita"), queryset=commented_pages)
    reported = django_filters.BooleanFilter(
        label=_("Dilaporkan pembaca"), method="filter_reported"
    )

    class Meta:
        model = Comment
        fields = ["status", "page"]

    def filter_reported(self, queryset, name, value):
        if value is None:
            return queryset
        return (
            queryset.filter(report_count__gt=0)
            if value
            else queryset.filter(report_count=0)
        )


class CommentViewSet(SnippetViewSet):
    model = Comment
    icon = "comment"
    menu_label = _("Moderasi")
    list_display = ["name", "body", "page", "status", "report_count", "created_at"]
    list_per_page = 50
    ordering = ["-created_at"]
    filterset_class = CommentFilterSet
    search_fields = ["name", "email", "body"]
    panels = [
        FieldPanel("status"),
        FieldPanel("name"),
        FieldPanel("email", read_only=True),
        FieldPanel("body"),
        FieldPanel("report_count", read_only=True),
    ]

    def get_queryset(self, request):
        return Comment.objects.select_related("page")


class ClosedThreadViewSet(SnippetViewSet):
    model = ClosedThread
    icon = "lock"
    menu_label = _("Komentar ditutup")
    list_display = ["page", "closed_at", "note"]
    panels = [FieldPanel("page"), FieldPanel("note")]


class CommentsGroup(SnippetViewSetGroup):
    items = (CommentViewSet, ClosedThreadViewSet)
    menu_icon = "comment"
    menu_label = _("Komentar")
    menu_name = "komentar"


register_snippet(CommentsGroup)

for action in BULK_ACTIONS:
    hooks.register("register_bulk_action", action)

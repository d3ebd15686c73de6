"""The page explorer as a newsroom reads it: who wrote each story, when a
scheduled one goes live, and which were taken down.

Wagtail's explorer shows title, update time, type and a live/draft status.
A desk editor scanning a section needs three things more, and a story list
that looks the same for a draft and a story pulled on a complaint misleads.
The extra facts are read for the whole listed page of results at once (one
query per kind), not per row.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import ExplorableIndexView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page, Revision

from warta.articles.models import ArticlePage, ArticleWriter
from warta.multimedia.models import PhotoGalleryPage, VideoPage
from warta.newsroom.editor_tools import NewsroomPageFilterSet
from warta.trust.models import Takedown


def credited_names(ids):
    """Who made each of these pages: staff writers (or the agency for wire
    copy), a gallery's photographer, a video's camera operator."""
    names = {}
    for link in (
        ArticleWriter.objects.filter(page_id__in=ids)
        .select_related("person")
        .order_by("sort_order")
    ):
        names.setdefault(link.page_id, []).append(link.person.name)
    for page in (
        ArticlePage.objects.filter(pk__in=ids, agency__isnull=False)
        .exclude(pk__in=list(names))
        .select_related("agency")
    ):
        names[page.pk] = [page.agency.name]
    for model, field in (
        (PhotoGalleryPage, "photographer"),
        (VideoPage, "videographer"),
    ):
        rows = model.objects.filter(pk__in=ids, **{f"{field}__isnull": False})
        for pk, name in rows.values_list("pk", f"{field}__name"):
            names[pk] = [name]
    return {pk: ", ".join(found) for pk, found in names.items()}


def scheduled_times(ids):
    """When each scheduled page goes live (its approved revision's time)."""
    rows = Revision.page_revisions.filter(
        object_id__in=[str(pk) for pk in ids], approved_go_live_at__isnull=False
    ).values_list("object_id", "approved_go_live_at")
    return {int(pk): when for pk, when in rows}


def taken_down(ids):
    return set(
        Takedown.objects.public()
        .filter(page_id__in=ids)
        .values_list("page_id", flat=True)
    )


class NewsroomStatusColumn(Column):
    """Wagtail's status tag, or "Dicabut" for a story taken down, with the
    go-live time of a scheduled one."""

    cell_template_name = "newsroom/listing/status_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["taken_down"] = getattr(instance, "newsroom_taken_down", False)
        context["goes_live_at"] = getattr(instance, "newsroom_goes_live_at", None)
        return context


class NewsroomExplorerView(ExplorableIndexView):
    base_columns = [
        column for column in ExplorableIndexView.base_columns if column.name != "status"
    ] + [
        Column(
            "newsroom_credit",
            label=_("Penulis"),
            accessor="newsroom_credit",
            width="16%",
        ),
        NewsroomStatusColumn("status", label=_("Status"), sort_key="live", width="14%"),
    ]

    def get_table(self, object_list):
        pages = list(object_list)
        ids = [page.pk for page in pages]
        credits, times, down = (
            credited_names(ids),
            scheduled_times(ids),
            taken_down(ids),
        )
        for page in pages:
            page.newsroom_credit = credits.get(page.pk, "")
            page.newsroom_goes_live_at = times.get(page.pk)
            page.newsroom_taken_down = page.pk in down and not page.live
        return super().get_table(pages)


class NewsroomPageViewSet(PageViewSet):
    """Every page's explorer listing goes through ``NewsroomExplorerView``;
    the other page views are Wagtail's own."""

    model = Page
    index_view_class = NewsroomExplorerView
    # Wagtail's filters and a writer's stories (warta.newsroom.editor_tools).
    filterset_class = NewsroomPageFilterSet

    @property
    def parent_models(self):
        return [Page]


@hooks.register("register_admin_viewset")
def register_newsroom_page_viewset():
    return NewsroomPageViewSet("newsroom_pages")

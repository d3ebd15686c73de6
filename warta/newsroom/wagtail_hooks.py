"""The newsroom in the admin: the dashboard panel and desk assignments."""

from django.shortcuts import redirect
from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from warta.newsroom.credits import publish_refusal
from warta.newsroom.dashboard import NewsroomPanel
from warta.newsroom.models import DeskAssignment


@hooks.register("construct_homepage_panels")
def add_newsroom_panel(request, panels):
    panels.append(NewsroomPanel())


class DeskAssignmentViewSet(SnippetViewSet):
    model = DeskAssignment
    icon = "group"
    menu_label = "Penugasan desk"
    add_to_admin_menu = False
    list_display = ["user", "section", "role"]
    list_filter = ["role"]


register_snippet(DeskAssignmentViewSet)


@hooks.register("insert_editor_js")
def open_the_tab_with_the_error():
    return format_html(
        '<script src="{}"></script>', static("newsroom/editor-errors.js")
    )


@hooks.register("insert_editor_js")
def flush_rich_text_before_the_form_is_read():
    return format_html('<script src="{}"></script>', static("newsroom/editor-flush.js"))


@hooks.register("before_publish_page")
def refuse_what_may_not_go_out(request, page):
    """No story goes out, now or at a scheduled time, with a picture lacking
    its credit, nor a gallery without photos. The draft is saved already; the
    editor comes back to it with the reason (and a link to each picture).
    Approval in the review workflow checks the same (``warta.newsroom.approval``)."""
    refusal = publish_refusal(page)
    if refusal is None:
        return None
    refusal.tell(request)
    return redirect("wagtailadmin_pages:edit", page.pk)


# The admin's other newsroom parts, each its own module of hooks: the bell and
# notification list, the explorer's story columns (writer, go-live time,
# takedowns), arranging the front page with its story chooser, what autosave
# may do, the slug a new story gets when the editor's script did not run, and
# the editor's word count and search and share previews, and the footer's
# workflow data checked before Wagtail reads it.
from warta.newsroom import (  # noqa: E402, F401
    admin_notifications,
    autosave,
    editor_tools,
    front,
    listing,
    slugs,
    workflow_data,
)

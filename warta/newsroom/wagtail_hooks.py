"""The newsroom in the admin: the dashboard panel and desk assignments."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

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


# The bell, the notification list and its dashboard panel (their own module).
from warta.newsroom import admin_notifications  # noqa: E402, F401


# Who wrote each story, when it goes live, what was taken down: the explorer.
from warta.newsroom import listing  # noqa: E402, F401

"""The notifications in the admin: the bell in the sidebar, the list, the panel.

Registered from ``wagtail_hooks`` (imported there, so the hooks stay in one
module of their own). The bell is a main-menu item built per request with
the unread count as a badge; the list is ``views.NotificationListView``.
"""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from warta.newsroom import views
from warta.newsroom.models import Notification

PANEL_SIZE = 5


@hooks.register("register_admin_urls")
def notification_urls():
    return [
        path(
            "notifikasi/",
            views.NotificationListView.as_view(),
            name="newsroom_notifications",
        ),
        path(
            "notifikasi/<int:pk>/buka/",
            views.open_notification,
            name="newsroom_notification_open",
        ),
        path(
            "notifikasi/<int:pk>/dibaca/",
            views.mark_read,
            name="newsroom_notification_read",
        ),
        path(
            "notifikasi/semua-dibaca/",
            views.mark_read,
            name="newsroom_notifications_read",
        ),
    ]


@hooks.register("register_icons")
def register_bell_icon(icons):
    return [*icons, "newsroom/icons/bell.svg"]


@hooks.register("insert_global_admin_css")
def notification_css():
    return format_html(
        '<link rel="stylesheet" href="{}">', static("newsroom/notifications.css")
    )


@hooks.register("construct_main_menu")
def add_bell(request, menu_items):
    """First in the sidebar, with the unread count as its badge."""
    count = views.unread_count(request)
    attrs = {}
    if count:
        attrs = {
            "data-newsroom-unread": str(count),
            "aria-label": _("Notifikasi: %(count)s belum dibaca") % {"count": count},
        }
    menu_items.append(
        MenuItem(
            _("Notifikasi"),
            reverse("newsroom_notifications"),
            name="notifikasi",
            icon_name="bell",
            attrs=attrs,
            order=1,
        )
    )


class UnreadPanel(Component):
    """The dashboard's first panel while something is unread."""

    name = "newsroom-notifications"
    order = 40
    template_name = "newsroom/notifications_panel.html"

    def __init__(self, user, unread_count):
        self.user, self.unread_count = user, unread_count

    def get_context_data(self, parent_context=None):
        mine = Notification.objects.for_user(self.user).unread()
        return {
            "notifications": list(mine.select_related("revision")[:PANEL_SIZE]),
            "unread_count": self.unread_count,
        }


@hooks.register("construct_homepage_panels")
def add_unread_panel(request, panels):
    count = views.unread_count(request)
    if count:
        panels.append(UnreadPanel(request.user, count))

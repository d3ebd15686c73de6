"""Web push in the admin: *Kirim notifikasi* on every live story's menus, its
URL and its bell icon."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem

from warta.popularity.models import story_content_types
from warta.push import admin_views
from warta.push.actions import may_send


@hooks.register("register_admin_urls")
def push_urls():
    return [path("notifikasi/<int:page_id>/", admin_views.compose, name="push_compose")]


@hooks.register("register_icons")
def push_icons(icons):
    return [*icons, "push/icons/push-bell.svg"]


class SendNotificationItem(PageMenuItem):
    label = _("Kirim notifikasi")
    icon_name = "push-bell"

    def is_shown(self, user):
        return (
            self.page.live
            and self.page.content_type_id in {ct.pk for ct in story_content_types()}
            and may_send(self.page, user)
        )

    @property
    def url(self):
        return reverse("push_compose", args=[self.page.pk])


@hooks.register("register_page_listing_more_buttons")
def listing_buttons(page, user, next_url=None):
    yield SendNotificationItem(page=page, priority=46)


@hooks.register("register_page_header_buttons")
def header_buttons(page, user, view_name, next_url=None):
    yield SendNotificationItem(page=page, priority=64)

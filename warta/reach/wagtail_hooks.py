"""Reach in the admin: the clicks panel, the composer's URLs, its menu item and
"Kirim ke WhatsApp" on every live story's menus."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem

from warta.popularity.models import story_content_types
from warta.reach import admin_views
from warta.reach.access import can_use_reach
from warta.reach.attribution import add_reach_panel

hooks.register("construct_homepage_panels", add_reach_panel)


@hooks.register("register_admin_urls")
def reach_urls():
    return [
        path("whatsapp/pagi/", admin_views.morning, name="reach_whatsapp_morning"),
        path("whatsapp/<int:page_id>/", admin_views.story, name="reach_whatsapp"),
    ]


class ReachMenuItem(MenuItem):
    def is_shown(self, request):
        return can_use_reach(request.user)


@hooks.register("register_admin_menu_item")
def whatsapp_menu_item():
    return ReachMenuItem(
        _("WhatsApp pagi"),
        reverse("reach_whatsapp_morning"),
        name="whatsapp-pagi",
        icon_name="mobile-alt",
        order=260,  # after Kawat
    )


class SendToWhatsAppItem(PageMenuItem):
    label = _("Kirim ke WhatsApp")
    icon_name = "mobile-alt"

    def is_shown(self, user):
        return (
            self.page.live
            and self.page.content_type_id in {ct.pk for ct in story_content_types()}
            and can_use_reach(user)
        )

    @property
    def url(self):
        return reverse("reach_whatsapp", args=[self.page.pk])


@hooks.register("register_page_listing_more_buttons")
def listing_buttons(page, user, next_url=None):
    yield SendToWhatsAppItem(page=page, priority=45)


@hooks.register("register_page_header_buttons")
def header_buttons(page, user, view_name, next_url=None):
    yield SendToWhatsAppItem(page=page, priority=63)

"""The Kawat menu item and its admin URLs."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from warta.ingest import views


class KawatMenuItem(MenuItem):
    def is_shown(self, request):
        return views.can_use_queue(request.user)


@hooks.register("register_admin_urls")
def kawat_urls():
    return [
        path("kawat/", views.queue, name="ingest_queue"),
        path("kawat/<int:pk>/ambil/", views.take, name="ingest_take"),
        path("kawat/<int:pk>/terapkan/", views.apply, name="ingest_apply"),
        path("kawat/<int:pk>/abaikan/", views.dismiss, name="ingest_dismiss"),
    ]


@hooks.register("register_admin_menu_item")
def kawat_menu_item():
    return KawatMenuItem(
        _("Kawat"),
        reverse("ingest_queue"),
        name="kawat",
        icon_name="download",
        order=250,
    )

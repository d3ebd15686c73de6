"""*Antrean tugas* under *Pengaturan*, for superusers."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from warta.queue import views


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_admin_urls")
def queue_urls():
    return [
        path("antrean/", views.tasks, name="queue_tasks"),
        path("antrean/<uuid:pk>/ulang/", views.retry, name="queue_retry"),
    ]


@hooks.register("register_settings_menu_item")
def queue_menu_item():
    return SuperuserMenuItem(
        "Antrean tugas", reverse("queue_tasks"), name="antrean", icon_name="cogs"
    )

"""*Rencana liputan* in the admin menu, for everyone who works on a desk."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from warta.planning import access, views

app_name = "planning"
admin_urls = [
    path("", views.index, name="index"),
    path("tambah/", views.add, name="add"),
    path("<int:pk>/", views.item_view, name="edit"),
    path("<int:pk>/hapus/", views.delete, name="delete"),
    path("<int:pk>/jadikan-draf/", views.make_draft, name="draft"),
]


@hooks.register("register_admin_urls")
def planning_urls():
    return [path("rencana/", include((admin_urls, "planning"), namespace="planning"))]


class PlanningMenuItem(MenuItem):
    def is_shown(self, request):
        return access.visible_desks(request.user).exists()


@hooks.register("register_admin_menu_item")
def planning_menu_item():
    return PlanningMenuItem(
        _("Rencana liputan"),
        reverse("planning:index"),
        name="rencana-liputan",
        icon_name="date",
        order=150,
    )

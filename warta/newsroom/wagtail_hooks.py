"""The newsroom in the admin: the dashboard panel and desk assignments."""

from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from warta.multimedia.models import PhotoGalleryPage
from warta.newsroom.credits import uncredited_pictures
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


@hooks.register("before_publish_page")
def refuse_what_may_not_go_out(request, page):
    """No story goes out, now or at a scheduled time, with a picture lacking
    its credit, nor a gallery without photos. The draft is saved already; the
    editor comes back to it with the reason (and a link to each picture)."""
    if isinstance(page, PhotoGalleryPage) and not page.photos.all():
        messages.error(
            request,
            _("Belum diterbitkan: galeri ini belum punya foto. Draf sudah disimpan."),
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    missing = uncredited_pictures(page)
    if not missing:
        return None
    names = ", ".join(f"“{image.title}”" for image in missing)
    message = _(
        "Belum diterbitkan: foto berikut belum punya kredit: %(names)s. "
        "Isi kreditnya di pustaka gambar, lalu terbitkan lagi. Draf sudah disimpan."
    ) % {"names": names}
    buttons = [
        messages.button(
            reverse("wagtailimages:edit", args=[image.pk]),
            format_lazy("{} {}", _("Isi kredit:"), image.title),
            new_window=True,
        )
        for image in missing
    ]
    messages.error(request, message, buttons=buttons)
    return redirect("wagtailadmin_pages:edit", page.pk)


# The admin's other newsroom parts, each its own module of hooks: the bell and
# notification list, the explorer's story columns (writer, go-live time,
# takedowns), and arranging the front page with its story chooser.
from warta.newsroom import admin_notifications, front, listing  # noqa: E402, F401

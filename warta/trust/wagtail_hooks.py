"""The trust features in the admin: corrections, takedowns and their log."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.log_actions import log
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    CreateView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from warta.articles.forms import VERIFICATION_CLEARED
from warta.trust import admin_views
from warta.trust.models import Correction, Takedown

CORRECTION_ADDED = "warta.correction_added"


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(
        VERIFICATION_CLEARED,
        _("Hapus tanda masih diverifikasi"),
        _("Tanda “Masih diverifikasi” dihapus"),
    )
    actions.register_action(
        admin_views.TAKEDOWN_ACTION, _("Cabut berita"), _("Berita dicabut")
    )
    actions.register_action(
        CORRECTION_ADDED, _("Ralat / hak jawab"), _("Ralat atau hak jawab dimuat")
    )


@hooks.register("after_create_snippet")
def after_correction(request, instance):
    if isinstance(instance, Correction):
        Correction.objects.filter(pk=instance.pk).update(created_by=request.user)
        log(
            instance=instance.page,
            action=CORRECTION_ADDED,
            user=request.user,
            data={"kind": instance.kind, "correction_id": instance.pk},
        )


class TakeDownMenuItem(PageMenuItem):
    label = _("Cabut berita (dengan alasan)")
    icon_name = "warning"

    def is_shown(self, user):
        return admin_views.can_take_down(self.page, user)

    @property
    def url(self):
        return reverse("trust_take_down", args=[self.page.pk])


class AddCorrectionMenuItem(PageMenuItem):
    label = _("Tambah ralat / hak jawab")
    icon_name = "edit"

    def is_shown(self, user):
        return (
            self.page.live
            and user.has_perm("trust.add_correction")
            and hasattr(self.page.specific_class, "corrections")
            and self.page.permissions_for_user(user).can_publish()
        )

    @property
    def url(self):
        return reverse("wagtailsnippets_trust_correction:add") + f"?page={self.page.pk}"


@hooks.register("register_page_listing_more_buttons")
def listing_buttons(page, user, next_url=None):
    yield AddCorrectionMenuItem(page=page, priority=41)
    yield TakeDownMenuItem(page=page, priority=42)


@hooks.register("register_page_header_buttons")
def header_buttons(page, user, view_name, next_url=None):
    yield AddCorrectionMenuItem(page=page, priority=61)
    yield TakeDownMenuItem(page=page, priority=62)


@hooks.register("register_admin_urls")
def admin_urls():
    return [
        path(
            "cabut/<int:page_id>/",
            admin_views.take_down_view,
            name="trust_take_down",
        )
    ]


class CorrectionCreateView(CreateView):
    def get_initial(self):
        initial = super().get_initial()
        page_id = self.request.GET.get("page", "")
        if page_id.isdigit():  # "Tambah ralat" from a story's menu
            initial["page"] = int(page_id)
        return initial


class CorrectionViewSet(SnippetViewSet):
    model = Correction
    icon = "edit"
    menu_label = _("Ralat & hak jawab")
    list_display = ["page", "kind", "published_at"]
    list_filter = ["kind"]
    ordering = ["-published_at"]
    add_view_class = CorrectionCreateView


class TakedownViewSet(SnippetViewSet):
    model = Takedown
    icon = "warning"
    menu_label = _("Pencabutan")
    list_display = ["title", "path", "taken_down_at"]
    ordering = ["-taken_down_at"]


class TrustGroup(SnippetViewSetGroup):
    items = (CorrectionViewSet, TakedownViewSet)
    menu_icon = "doc-full"
    menu_label = _("Kepercayaan")
    menu_name = "kepercayaan"


register_snippet(TrustGroup)

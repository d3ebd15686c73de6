"""*Nawala* in the admin: issues (with their progress and *Kirim sekarang*),
lists and subscribers."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.html import format_html
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from warta.newsletters.models import Issue, NewsletterList, Subscriber
from warta.newsletters.tasks import start


class ProgressColumn(Column):
    """``terkirim 120 dari 300`` and, for a draft, a *Kirim sekarang* button."""

    cell_template_name = "newsletters/admin/progress_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["progress"] = instance.progress()
        context["issue"] = instance
        return context


class YesNoColumn(Column):
    """A yes/no field as "Ya" / "Tidak" (Wagtail's icon column reads "True")."""

    def get_value(self, instance):
        return "Ya" if super().get_value(instance) else "Tidak"


class IssueViewSet(SnippetViewSet):
    model = Issue
    icon = "mail"
    menu_label = "Edisi"
    list_display = [
        "subject",
        "newsletter",
        "send_at",
        "status",
        ProgressColumn("progress", label="Pengiriman"),
    ]
    list_filter = ["newsletter", "status"]
    ordering = ["-date", "-pk"]


class NewsletterListViewSet(SnippetViewSet):
    model = NewsletterList
    icon = "list-ul"
    menu_label = "Daftar"
    list_display = [
        "name",
        "kind",
        "send_time",
        YesNoColumn("active", label="Aktif"),
    ]


class SubscriberViewSet(SnippetViewSet):
    model = Subscriber
    icon = "user"
    menu_label = "Pelanggan"
    list_display = ["email", "status", "created_at", "confirmed_at"]
    list_filter = ["status"]
    search_fields = ["email"]
    ordering = ["-created_at"]
    panels = [
        FieldPanel("email", read_only=True),
        FieldPanel("status"),
        FieldPanel("status_reason", read_only=True),
        FieldPanel("consent_text", read_only=True),
    ]


class NawalaGroup(SnippetViewSetGroup):
    items = (IssueViewSet, NewsletterListViewSet, SubscriberViewSet)
    menu_icon = "mail"
    menu_label = "Nawala"
    menu_name = "nawala"
    menu_order = 260


register_snippet(NawalaGroup)


@require_POST
def send_now(request, pk):
    issue = get_object_or_404(Issue, pk=pk)
    if not request.user.has_perm("newsletters.change_issue"):
        messages.error(request, "Anda tidak berhak mengirim nawala.")
    elif start(issue):
        messages.success(request, format_html("“{}” mulai dikirim.", issue.subject))
    else:
        messages.warning(request, "Edisi ini sudah dikirim atau sedang dikirim.")
    return redirect(reverse(IssueViewSet().get_url_name("list")))


@hooks.register("register_admin_urls")
def nawala_urls():
    return [path("nawala/<int:pk>/kirim/", send_now, name="newsletters_send_now")]

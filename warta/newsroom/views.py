"""The newsroom's notification list in the admin: newest first, mark as read."""

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from warta.newsroom.models import Notification

PER_PAGE = 30


class NotificationListView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "newsroom/notifications.html"
    page_title = _("Notifikasi")
    header_icon = "bell"
    breadcrumbs_items = [
        {"url": reverse_lazy("wagtailadmin_home"), "label": _("Dasbor")},
        {"url": "", "label": _("Notifikasi")},
    ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        mine = Notification.objects.for_user(self.request.user)
        paginator = Paginator(mine.select_related("revision"), PER_PAGE)
        # A bad or too large ?p= shows the last page, never an error.
        context["page_obj"] = paginator.get_page(self.request.GET.get("p"))
        context["unread_count"] = mine.unread().count()
        return context


def open_notification(request, pk):
    """Mark it read and go to the story's editor (what a click on it means)."""
    notification = get_object_or_404(Notification, pk=pk, recipient=request.user)
    if notification.read_at is None:
        notification.read_at = timezone.now()
        notification.save(update_fields=["read_at"])
    if notification.link:  # an assignment: its plan item, not the desk page
        return redirect(notification.link)
    return redirect("wagtailadmin_pages:edit", notification.page_id)


@require_POST
def mark_read(request, pk=None):
    mine = Notification.objects.filter(recipient=request.user).unread()
    if pk is not None:
        mine = mine.filter(pk=pk)
    mine.update(read_at=timezone.now())
    return redirect(reverse("newsroom_notifications"))


def unread_count(request):
    """The person's unread count, counted once per request (the bell and the
    dashboard's panel both ask)."""
    if not hasattr(request, "_newsroom_unread"):
        user = request.user
        request._newsroom_unread = (
            Notification.objects.filter(recipient=user).unread().count()
            if user.is_authenticated
            else 0
        )
    return request._newsroom_unread

"""The Kawat queue: incoming wire items for editors to take, and the import reports.

Only users who may edit articles see it (superusers and the groups holding
``change_page`` or ``publish_page`` somewhere: Redaktur, Redaktur Pelaksana);
a writer gets a 403. Taking an item also needs the right to edit its page.
"""

import functools

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import GroupPagePermission

from warta.ingest.importer import apply_pending, dismiss_pending
from warta.ingest.models import IngestProblem, IngestRun, WireItem, WireStatus

EDIT_CODENAMES = ["change_page", "publish_page"]
RECENT_RUNS = 10


def can_use_queue(user):
    if not user.is_active or user.is_anonymous:
        return False
    if user.is_superuser:
        return True
    return GroupPagePermission.objects.filter(
        group__user=user, permission__codename__in=EDIT_CODENAMES
    ).exists()


class Forbidden(PermissionDenied):
    pass


def forbidden_as_403(view):
    """A real 403 (Wagtail's admin would turn PermissionDenied into a redirect)."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except Forbidden:
            return TemplateResponse(
                request,
                "ingest/forbidden.html",
                {"header_title": _("Kawat")},
                status=403,
            )

    return wrapper


def _require_queue(request):
    if not can_use_queue(request.user):
        raise Forbidden


def _editable_item(request, pk):
    _require_queue(request)
    item = get_object_or_404(WireItem.objects.select_related("page"), pk=pk)
    if item.page is None:
        messages.error(request, _("Draf berita kawat ini sudah dihapus."))
        return item, None
    page = item.page.specific
    if not page.permissions_for_user(request.user).can_edit():
        raise Forbidden
    return item, page


@forbidden_as_403
def queue(request):
    _require_queue(request)
    items = WireItem.objects.select_related("agency", "page", "taken_by").order_by(
        "-last_received_at", "-pk"
    )
    status = request.GET.get("status", "")
    if status in WireStatus.values:
        items = items.filter(status=status)
    page = Paginator(items, 50).get_page(request.GET.get("p"))
    runs = list(IngestRun.objects.order_by("-started_at", "-pk")[:RECENT_RUNS])
    problems = IngestProblem.objects.filter(run__in=runs).select_related("run")
    return TemplateResponse(
        request,
        "ingest/queue.html",
        {
            "page_obj": page,
            "items": page.object_list,
            "statuses": WireStatus.choices,
            "status": status,
            "runs": runs,
            "failures": problems.filter(level=IngestProblem.FAILED).order_by("-pk"),
            "warnings": problems.filter(level=IngestProblem.WARNING).order_by("-pk"),
            "header_title": _("Kawat"),
        },
    )


@require_POST
@forbidden_as_403
def take(request, pk):
    item, page = _editable_item(request, pk)
    if page is None:
        return redirect("ingest_queue")
    if item.taken_by_id and item.taken_by_id != request.user.pk:
        messages.warning(
            request,
            _("Sudah diambil oleh %(who)s.")
            % {"who": item.taken_by.get_full_name() or item.taken_by.get_username()},
        )
    else:
        item.taken_by = request.user
        item.taken_at = timezone.now()
        item.status = item.current_status
        item.save(update_fields=["taken_by", "taken_at", "status"])
    return redirect("wagtailadmin_pages:edit", page.pk)


@require_POST
@forbidden_as_403
def apply(request, pk):
    item, page = _editable_item(request, pk)
    if page is None or item.pending_fields is None:
        return redirect("ingest_queue")
    apply_pending(item, request.user)
    if not item.taken_by_id:
        item.taken_by, item.taken_at = request.user, timezone.now()
        item.status = item.current_status
        item.save(update_fields=["taken_by", "taken_at", "status"])
    messages.success(
        request,
        _("Versi baru disimpan sebagai draf; berita yang terbit belum berubah."),
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


@require_POST
@forbidden_as_403
def dismiss(request, pk):
    item, page = _editable_item(request, pk)
    if item.pending_fields is not None:
        dismiss_pending(item)
        messages.success(request, _("Versi baru diabaikan."))
    return redirect(reverse("ingest_queue"))

"""“Cabut berita”: unpublish a story on a complaint, with a public reason.

Only a user who may unpublish the story (an editor on its desk, the managing
editor) gets the form; the story is unpublished through Wagtail (so caches,
search and feeds follow) and the reason is kept in a ``Takedown`` that makes
its old address answer 410.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.log_actions import log
from wagtail.models import Page

from warta.trust.forms import TakedownForm
from warta.trust.models import Takedown

TAKEDOWN_ACTION = "warta.takedown"


def can_take_down(page, user):
    return page.live and page.permissions_for_user(user).can_unpublish()


def take_down(page, reason, user):
    """Record the takedown and unpublish the page (one transaction)."""
    with transaction.atomic():
        takedown = Takedown.objects.create(
            page=page,
            path=page.get_url_parts()[2] if page.get_url_parts() else page.url_path,
            title=page.title,
            published_at=page.first_published_at,
            reason=reason,
            created_by=user,
        )
        page.unpublish(user=user)
        log(
            instance=page,
            action=TAKEDOWN_ACTION,
            user=user,
            data={"reason": reason},
        )
    return takedown


def take_down_view(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not can_take_down(page, request.user):
        raise PermissionDenied
    form = TakedownForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        take_down(page, form.cleaned_data["reason"], request.user)
        messages.success(
            request,
            _("“%(title)s” dicabut; alamatnya kini menjawab 410.")
            % {"title": page.title},
        )
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return TemplateResponse(
        request,
        "trust/admin/take_down.html",
        {
            "page": page,
            "form": form,
            "header_title": _("Cabut berita"),
            "page_title": _("Cabut berita"),
            "page_subtitle": page.title,
            "header_icon": "warning",
            "action_url": reverse("trust_take_down", args=[page.pk]),
            "cancel_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        },
    )

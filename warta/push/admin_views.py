"""*Kirim notifikasi*: the form for a live story, and what was sent of it.

For the people who may publish the story; anyone else gets a 403, an id that
is not a story a 404. The message is stored at once and sent by the worker;
the page lists the story's notifications with their counts as they come in.
"""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Page

from warta.popularity.models import MAX_PAGE_ID, story_content_types
from warta.push import sending
from warta.push.actions import NotificationRefused, SendNotification, may_send
from warta.push.forms import NotificationForm, initial_for
from warta.push.models import Message

TITLE = "Kirim notifikasi"
HISTORY = 10


def story_or_404(page_id):
    if not 0 < page_id <= MAX_PAGE_ID:
        raise Http404
    stories = Page.objects.filter(content_type__in=story_content_types())
    return get_object_or_404(stories, pk=page_id).specific


def compose(request, page_id):
    page = story_or_404(page_id)
    if not may_send(page, request.user):
        return TemplateResponse(
            request, "push/admin/forbidden.html", {"header_title": TITLE}, status=403
        )
    form = NotificationForm(request.POST or None, page=page, initial=initial_for(page))
    refusal = None
    if request.method == "POST" and form.is_valid():
        try:
            message = SendNotification(
                page, request.user, **form.cleaned_data
            ).execute()
        except NotificationRefused as refused:
            refusal = str(refused)
        else:
            messages.success(
                request,
                _("Notifikasi “%(title)s” sedang dikirim.") % {"title": message.title},
            )
            return redirect("push_compose", page.pk)
    return TemplateResponse(
        request,
        "push/admin/compose.html",
        {
            "header_title": TITLE,
            "page_title": TITLE,
            "page_subtitle": page.title,
            "header_icon": "push-bell",
            "page": page,
            "form": form,
            "refusal": refusal,
            "published": sending.is_published(page),
            "history": Message.objects.filter(page=page).select_related("sent_by")[
                :HISTORY
            ],
            "used": sending.sent_this_hour().count(),
            "limit": sending.hourly_limit(),
            "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        },
        status=400 if refusal or form.errors else 200,
    )

"""A story's visible thread (its list or its count) changed.

After the transaction commits, whenever a comment becomes visible, stops being
visible, or a visible one is edited or deleted, and when an editor closes or
reopens the thread (``ClosedThread``): the story's cached page is invalidated
and purged once (``warta.delivery.events.thread_changed``), then
``thread_changed`` is sent with ``page`` for anything else that listens.

Bulk updates (``QuerySet.update``) bypass model signals: status changes go
through ``warta.comments.actions``, which calls ``notify_pages``.
"""

from django.db import transaction
from django.dispatch import Signal
from wagtail.models import Page

from warta.comments.models import Comment
from warta.delivery import events

thread_changed = Signal()


def notify_pages(page_ids):
    """Send ``thread_changed`` once per page, after the current transaction commits."""
    for page_id in set(page_ids):
        transaction.on_commit(lambda page_id=page_id: _send(page_id))


def _send(page_id):
    page = Page.objects.filter(pk=page_id).first()
    if page is not None:
        events.thread_changed(page)
        thread_changed.send(sender=Comment, page=page)


def closing_changed(sender, instance, raw=False, **kwargs):
    """An editor closed or reopened a thread: the form comes or goes."""
    if not raw:
        notify_pages([instance.page_id])


def remember_status(sender, instance, **kwargs):
    instance._loaded_status = instance.status if instance.pk else None


def comment_saved(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    before = getattr(instance, "_loaded_status", None)
    if instance.is_visible or before == "approved":
        notify_pages([instance.page_id])
    instance._loaded_status = instance.status


def comment_deleted(sender, instance, **kwargs):
    if getattr(instance, "_loaded_status", instance.status) == "approved":
        notify_pages([instance.page_id])

"""``thread_changed``: a story's visible thread (its list or its count) changed.

Sent with ``page`` after the transaction commits, whenever a comment becomes
visible, stops being visible, or a visible one is edited or deleted, and when
an editor closes or reopens the thread (``ClosedThread``). A page cache
connects here; so does the purge below, which runs only when
``WAGTAILFRONTENDCACHE`` is configured.

Bulk updates (``QuerySet.update``) bypass model signals: code that changes
statuses in bulk calls ``notify_pages`` itself (see ``warta.comments.actions``).
"""

from django.conf import settings
from django.db import transaction
from django.dispatch import Signal

thread_changed = Signal()


def notify_pages(page_ids):
    """Send ``thread_changed`` once per page, after the current transaction commits."""
    for page_id in set(page_ids):
        transaction.on_commit(lambda page_id=page_id: _send(page_id))


def _send(page_id):
    from wagtail.models import Page

    from warta.comments.models import Comment

    page = Page.objects.filter(pk=page_id).first()
    if page is not None:
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


def purge_frontend_cache(sender, page, **kwargs):
    """Purge the story's URL from the CDN/proxy when Wagtail's frontend cache is set."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import purge_page_from_cache

    purge_page_from_cache(page.specific)

"""What follows a page's publish, unpublish, move or deletion, in one stated order.

Wagtail's signals are only the doorway (``connect``); each event runs its
steps here, in this order, whoever caused it (an editor, a workflow, the
scheduler, an import, ``warta shell``):

1. **Credit** (``warta.newsroom.credits``): a story without a "Redaktur"
   gets the editor who approved, published or scheduled it, before anything
   shows it, so the sign-off carries the desk code.
2. **Wire bookkeeping** (``warta.ingest``): the Kawat queue item of a wire
   story follows its page ("Terbit" once published).
3. **Search index** (``warta.search``): the story is found, or no longer found.
   Before the invalidation, so a search page rendered after it sees the index.
4. **Invalidate** (``warta.delivery.events``): the generations of every surface
   showing the page are bumped, now and again after the commit.
5. **Purge**: the frontend cache (nginx, Varnish, a CDN) drops the same URLs,
   once, after the commit.
6. **Notify**: ``story_published`` / ``story_unpublished`` are sent after the
   commit (and after the purge), for whatever reaches readers beyond our pages.
7. **Warm**: on a task queue, the worker renders the story once after the
   commit (``warta.newsroom.tasks.warm_story``): its pictures' renditions are
   made before the first reader comes.

A bulk change that bypasses Wagtail's signals must call these functions.
"""

from django.db import transaction
from django.db.models.signals import post_delete, pre_delete
from django.dispatch import Signal
from wagtail.models import Page
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
)

from warta.delivery import events
from warta.ingest import bookkeeping as wire
from warta.newsroom import credits
from warta.newsroom.tasks import warm_story
from warta.search import indexing

# Sent with ``page`` after the commit and the purge (step 6).
story_published = Signal()
story_unpublished = Signal()


def published(page, revision=None):
    credits.credit_editor(page, revision)
    wire.published(page)
    indexing.index_page(page)
    events.page_changed(page)  # steps 4 and 5
    _notify(story_published, page)
    _warm(page)


def unpublished(page):
    wire.unpublished(page)
    indexing.remove_page(page)
    events.page_changed(page)
    _notify(story_unpublished, page)


def moved(page, parent_before, url_path_before):
    if page.live:
        indexing.index_page(Page.objects.get(pk=page.pk))
    events.page_moved(page, parent_before, url_path_before)


def renamed(page, page_before):
    events.slug_changed(page, page_before)


def deleting(page):
    """Before the rows go: what shows the page is still known."""
    events.page_deleted(page)


def deleted(page):
    indexing.remove_page(page)


def _warm(page):
    # Tasks run at once (tests, scripts): no reader to spare the wait.
    if indexing.is_story(page) and warm_story.get_backend().supports_defer:
        transaction.on_commit(lambda: warm_story.enqueue(page.pk))


def _notify(signal, page):
    transaction.on_commit(lambda: signal.send(sender=type(page), page=page))


def connect():
    """Wagtail's page signals, each into its step list above."""
    page_published.connect(_on_published, dispatch_uid="warta-publish")
    page_unpublished.connect(_on_unpublished, dispatch_uid="warta-unpublish")
    post_page_move.connect(_on_moved, dispatch_uid="warta-move")
    page_slug_changed.connect(_on_renamed, dispatch_uid="warta-rename")
    pre_delete.connect(_on_deleting, dispatch_uid="warta-deleting")
    post_delete.connect(_on_deleted, dispatch_uid="warta-deleted")


def _on_published(sender, instance, revision=None, **kwargs):
    published(instance, revision)


def _on_unpublished(sender, instance, **kwargs):
    unpublished(instance)


def _on_moved(sender, instance, parent_page_before, url_path_before, **kwargs):
    moved(instance, parent_page_before, url_path_before)


def _on_renamed(sender, instance, instance_before, **kwargs):
    renamed(instance, instance_before)


def _on_deleting(sender, instance, **kwargs):
    # Deleting a page sends pre_delete for each of its classes; act once.
    if sender is Page and isinstance(instance, Page):
        deleting(instance)


def _on_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        deleted(instance)

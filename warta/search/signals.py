"""Publish, unpublish, move and delete reach the index at once."""

from django.db.models.signals import post_delete
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from warta.search import indexing


def on_published(sender, instance, **kwargs):
    indexing.index_page(instance)


def on_unpublished(sender, instance, **kwargs):
    indexing.remove_page(instance)


def on_moved(sender, instance, **kwargs):
    if instance.live:
        indexing.index_page(Page.objects.get(pk=instance.pk))


def on_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        indexing.remove_page(instance)


def connect():
    page_published.connect(on_published, dispatch_uid="warta_search_published")
    page_unpublished.connect(on_unpublished, dispatch_uid="warta_search_unpublished")
    post_page_move.connect(on_moved, dispatch_uid="warta_search_moved")
    post_delete.connect(on_deleted, dispatch_uid="warta_search_deleted")

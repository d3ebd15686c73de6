"""Keeping the index right: one story, a sync, or a full rebuild.

Only what the shared distribution filter allows is indexed (live, public, past
its embargo, not expired), so a scheduled story cannot be found before its
time; the scheduler's publish fires ``page_published`` and brings it in.
"""

import contextlib
import threading

from django.db import connection, transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone
from wagtail.models import Page
from wagtail.search import index

from warta.feeds.queries import distributable, story_models
from warta.search.models import SearchDocument
from warta.search.text import stem_text, stream_text

HEAD_FIELDS = {"title", "kicker"}


def body_fields(model):
    """The searchable fields beyond headline and kicker, in declared order."""
    names = [
        field.field_name
        for field in model.get_search_fields()
        if isinstance(field, index.SearchField) and field.field_name not in HEAD_FIELDS
    ]
    return list(dict.fromkeys(names))


def field_text(page, name):
    value = getattr(page, name, "") or ""
    raw = getattr(value, "raw_data", None)
    if raw is not None:
        return stream_text(list(raw))
    return str(value)


def document(page, section_id, stemmer=None):
    """An unsaved SearchDocument for a specific story page."""
    body = "\n".join(
        text for name in body_fields(type(page)) if (text := field_text(page, name))
    )
    return SearchDocument(
        page_id=page.pk,
        title_stems=stem_text(page.title, stemmer),
        kicker_stems=stem_text(getattr(page, "kicker", ""), stemmer),
        body_stems=stem_text(body, stemmer),
        body_text=body,
        published_at=page.first_published_at or page.go_live_at or timezone.now(),
        section_id=section_id,
    )


def is_story(page):
    return isinstance(page.specific_deferred, tuple(story_models()))


_deferral = threading.local()


@contextlib.contextmanager
def deferred():
    """Within it, pages published are indexed afterwards, together, as one
    background task (``warta.search.tasks.index_pages``): what an import uses,
    so a thousand stories do not each wait for their index row."""
    outer = getattr(_deferral, "ids", None)
    _deferral.ids = outer if outer is not None else set()
    try:
        yield
    finally:
        if outer is None:
            ids, _deferral.ids = sorted(_deferral.ids), None
            if ids:
                from warta.search.tasks import index_pages

                transaction.on_commit(lambda: index_pages.enqueue(ids))


def index_page(page):
    """Index one page now (or after a ``deferred`` block), or drop it when it
    may not be found."""
    waiting = getattr(_deferral, "ids", None)
    if waiting is not None:
        waiting.add(page.pk)
        return
    page = page.specific_deferred
    if not is_story(page):
        return
    allowed = distributable(type(page).objects.filter(pk=page.pk)).first()
    if allowed is None:
        remove_page(page)
        return
    parent = Page.objects.filter(path=allowed.path[: -Page.steplen]).first()
    doc = document(allowed, parent.pk if parent else None)
    with transaction.atomic():
        SearchDocument.objects.filter(page_id=page.pk).delete()
        doc.save(force_insert=True)


def remove_page(page):
    SearchDocument.objects.filter(page_id=page.pk).delete()


def candidates(model):
    """Distributable pages of ``model`` whose document is missing or stale."""
    docs = SearchDocument.objects.filter(page_id=OuterRef("pk"))
    fresh = docs.filter(published_at=OuterRef("first_published_at"))
    return distributable(model.objects.all()).filter(~Exists(fresh))


def bulk_index(model, queryset, batch=1000, progress=None, stemmer=None):
    """Index ``queryset``'s pages in batches of ``batch``; returns how many."""
    ids = list(queryset.order_by("pk").values_list("pk", flat=True))
    sections = dict(Page.objects.filter(depth__lte=3).values_list("path", "pk"))
    for start in range(0, len(ids), batch):
        chunk = ids[start : start + batch]
        pages = model.objects.filter(pk__in=chunk).order_by("pk")
        docs = [
            document(page, sections.get(page.path[: -Page.steplen]), stemmer)
            for page in pages
        ]
        with transaction.atomic():
            SearchDocument.objects.filter(page_id__in=chunk).delete()
            SearchDocument.objects.bulk_create(docs, batch_size=500)
        if progress:
            progress(len(chunk))
    return len(ids)


def sync(batch=1000, progress=None):
    """Drop what may no longer be found, add what is missing or stale."""
    allowed = set()
    for model in story_models():
        allowed.update(distributable(model.objects.all()).values_list("pk", flat=True))
    indexed = set(SearchDocument.objects.values_list("page_id", flat=True))
    gone = sorted(indexed - allowed)
    for start in range(0, len(gone), 500):
        SearchDocument.objects.filter(page_id__in=gone[start : start + 500]).delete()
    return sum(
        bulk_index(model, candidates(model), batch, progress)
        for model in story_models()
    )


def rebuild(batch=1000, progress=None, stemmer=None):
    """Empty the index and fill it again from every distributable story."""
    SearchDocument.objects.all().delete()
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO warta_search_fts(warta_search_fts) VALUES ('rebuild')"
            )
    total = 0
    for model in story_models():
        total += bulk_index(
            model, distributable(model.objects.all()), batch, progress, stemmer
        )
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO warta_search_fts(warta_search_fts) VALUES ('optimize')"
            )
    return total


def total_to_index():
    return sum(distributable(m.objects.all()).count() for m in story_models())

"""Lists of story cards in a fixed number of queries, whatever the page types.

``Page.specific()`` cannot ``select_related`` a card's image, so a list of
mixed stories would cost a query per card. ``card_pages()`` reads ids and types
first, then each type once with what its card shows (``card_related`` and
``card_prefetch`` on the page class). ``cards()`` reads less still: references
to the cached markup of each card (warta.core.cards).
"""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType


def cards(queryset):
    """The stories of ``queryset`` as ``CardRef``s (see warta.core.cards), in
    the same order: what a list of cards needs, without reading the pages."""
    from warta.core.cards import card_refs

    rows = list(queryset.values_list("pk", "content_type_id"))
    found = card_refs(rows)
    return [found[pk] for pk, _ in rows if pk in found]


def by_card_model(rows):
    """``{model: {pk, ...}}`` for ``(pk, content_type_id)`` rows. A type whose
    card is its parent type's (``card_model``) is read with that type."""
    by_model = defaultdict(set)
    for pk, content_type_id in rows:
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        by_model[getattr(model, "card_model", None) or model].add(pk)
    return by_model


def card_pages(rows):
    """``{pk: page}`` for ``(pk, content_type_id)`` rows: one query per page
    type (plus what its cards prefetch), however many lists they fill."""
    found = {}
    for model, pks in by_card_model(rows).items():
        pages = model.objects.filter(pk__in=pks).defer_streamfields()
        pages = pages.select_related(*getattr(model, "card_related", ()))
        pages = pages.prefetch_related(*getattr(model, "card_prefetch", ()))
        found.update((page.pk, page) for page in pages)
    return found


def paginated_cards(request, queryset, per_page=None):
    """A page of ``?page=N`` whose object_list is ready-to-render cards."""
    from warta.core.pagination import PER_PAGE, paginate

    page = paginate(request, queryset, per_page or PER_PAGE)
    page.object_list = cards(page.object_list)
    return page


def children_of(queryset, page):
    """``queryset.child_of(page)`` as a range on the tree path.

    Wagtail's own filter is ``path LIKE 'prefix%'``, which SQLite cannot answer
    from the path index: on a large archive it walks every page. Children's
    paths all lie between the page's path followed by the lowest and the
    highest step, so a range finds them through the index on both databases.
    """
    low = page.path + page.alphabet[0] * page.steplen
    high = page.path + page.alphabet[-1] * page.steplen
    return queryset.filter(path__range=(low, high), depth=page.depth + 1)

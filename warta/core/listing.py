"""Lists of story cards in a fixed number of queries, whatever the page types.

``Page.specific()`` cannot ``select_related`` a card's image, so a list of
mixed stories would cost a query per card. ``card_pages()`` reads ids and types
first, then each type once with what its card shows (``card_related`` and
``card_prefetch`` on the page class). ``warta.core.cards.cards()`` reads less
still: references to the cached markup of each card.
"""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, F, Func

# The first stories of a list (100 pages of 20) are read by walking the date
# index; deeper pages sort the list's range.
WALK_LIMIT = 2000


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


def children_of(queryset, page, by_date=False):
    """``queryset.child_of(page)`` as a range on the tree path.

    Wagtail's own filter is ``path LIKE 'prefix%'``, which SQLite cannot answer
    from the path index: on a large archive it walks every page. Children's
    paths all lie between the page's path followed by the lowest and the
    highest step, so a range finds them through the index on both databases.

    ``by_date``: the same range on ``path || ''``, which no index answers, for
    a list read newest first: the database then walks the date index and stops
    at the last story asked for instead of sorting all of the section's.
    """
    low = page.path + page.alphabet[0] * page.steplen
    high = page.path + page.alphabet[-1] * page.steplen
    if by_date:
        queryset = queryset.alias(path_text=PathText(F("path")))
        return queryset.filter(path_text__range=(low, high), depth=page.depth + 1)
    return queryset.filter(path__range=(low, high), depth=page.depth + 1)


class PathText(Func):
    """``path || ''``: the path, out of reach of its index (SQLite, PostgreSQL)."""

    template = "(%(expressions)s || '')"
    output_field = CharField()

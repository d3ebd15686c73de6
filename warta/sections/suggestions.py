"""Terpopuler and Terkini wherever a reader may need a way on: the article's
side rail, the 404 page, a search without results.

Both lists are kept as card references (``warta.core.cards.CardRef``) under the
archive token (``kept.SUGGESTIONS``): a publish, unpublish or move makes them
new at once, and a render between costs no query; the ranking itself is the
front's, recomputed at most once a minute (``kept.RANKINGS``). Each card's
markup comes from the card cache in one lookup.

A dead end must never fail: when the database or the cache cannot answer,
the lists are simply empty.
"""

import logging

from django.db import DatabaseError
from django.db.models import Q

from warta.articles.models import ArticlePage
from warta.core.cards import add_markup, read_refs
from warta.delivery import kept
from warta.popularity.queries import front_ranking

log = logging.getLogger("warta.suggestions")
LIMIT = 5
POOL = 8  # read one or two more: the page showing them may be one of them


def kept_refs():
    """``(most_read, latest)`` as refs: the ranking's articles and the newest
    ones read in one query, kept per ranking until the archive changes."""
    ids = tuple(front_ranking(POOL))

    def read():
        newest = ArticlePage.objects.listed().values("pk")[:POOL]
        stories = ArticlePage.objects.listed().filter(
            Q(pk__in=newest) | Q(pk__in=list(ids))
        )
        found = {ref.pk: ref for ref in read_refs(stories)}
        latest = sorted(
            found.values(), key=lambda ref: (ref.first_published_at, ref.pk)
        )[::-1][:POOL]
        return [found[pk] for pk in ids if pk in found], latest

    return kept.SUGGESTIONS.get_or_set(read, "rail", ids)


def suggestions(exclude=None, limit=LIMIT):
    """``{"most_read": [...], "latest": [...]}``: cards ready to render, the
    page ``exclude`` (its id) left out, no story in both lists."""
    try:
        ranked, newest = kept_refs()
        most_read = [ref for ref in ranked if ref.pk != exclude][:limit]
        seen = {ref.pk for ref in most_read} | {exclude}
        latest = [ref for ref in newest if ref.pk not in seen][:limit]
        add_markup([*most_read, *latest])
    except (DatabaseError, ConnectionError, OSError) as error:
        log.warning("suggestions unavailable: %s", error)
        return {"most_read": [], "latest": []}
    return {"most_read": most_read, "latest": latest}

"""``{% card story %}``: a story's card, rendered once per version of the story.

    {% load cards %}
    {% card story %}  {% card story big=True %}  {% card story compact=True %}

A home page shows some sixty cards, each a picture with its renditions, a
link, a label and a date: rendering them is most of the page's cost when the
page cache misses. The markup of a card changes only when its story is
published again (headline, kicker, label, date), moved (its address), or its
picture changes (file or focal point), so the rendered card is kept in the
cache under a key made of exactly those facts, plus a digest of the card
template. A new version of the story is a new key: nothing has to be purged,
and an old card is never shown for a newer story.

Previews render every card afresh (a preview shows unpublished text).
"""

import functools
import hashlib

from django import template
from django.core.cache import cache
from django.template.loader import get_template

register = template.Library()

CARD_TEMPLATE = "components/card.html"
# Bump when what a card shows changes outside its template (the picture tag).
CARD_VERSION = 1
# Long enough to outlast the busy hours of a story; a key never goes stale.
CARD_SECONDS = 24 * 60 * 60


@functools.lru_cache(maxsize=1)
def template_digest():
    """The card template's source, digested: a deploy that changes the
    template changes every key."""
    source = get_template(CARD_TEMPLATE).template.source
    return hashlib.blake2b(source.encode(), digest_size=6).hexdigest()


def card_key(story, variant):
    """The cache key of ``story``'s card in ``variant``; None when the story
    was never published (nothing stable to key it on)."""
    published = story.last_published_at
    if published is None:
        return None
    facts = [variant, story.pk, story.url_path, published.timestamp()]
    image = story.card_image
    if image is not None:
        facts += [
            image.pk,
            image.file_hash,
            image.focal_point_x,
            image.focal_point_y,
            image.focal_point_width,
            image.focal_point_height,
        ]
    digest = hashlib.blake2b(repr(facts).encode(), digest_size=12).hexdigest()
    return f"card:{CARD_VERSION}:{template_digest()}:{digest}"


def render_card(story, variant, request):
    return get_template(CARD_TEMPLATE).render(
        {
            "story": story,
            "big": variant == "big",
            "compact": variant == "compact",
            "request": request,
        }
    )


@register.simple_tag(takes_context=True)
def card(context, story, big=False, compact=False):
    """The card of ``story``: large (the lead), compact (a headline row) or
    plain; from the cache when this version of it was rendered before."""
    variant = "big" if big else "compact" if compact else "plain"
    request = context.get("request")
    if getattr(request, "is_preview", False):
        return render_card(story, variant, request)
    key = card_key(story, variant)
    if key is None:
        return render_card(story, variant, request)
    html = cache.get(key)
    if html is None:
        html = render_card(story, variant, request)
        cache.set(key, html, CARD_SECONDS)
    return html

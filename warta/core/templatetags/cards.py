"""``{% card story %}``: a story's card, rendered once per version of the story.

    {% load cards %}
    {% card story %}  {% card story big=True %}  {% card story compact=True %}

``story`` is a page or a ``CardRef`` (see ``warta.core.cards``, where the keys
and the cache are). Previews render every card afresh.
"""

from django import template

from warta.core.cards import cached_card

register = template.Library()


@register.simple_tag(takes_context=True)
def card(context, story, big=False, compact=False):
    """The card of ``story``: large (the lead), compact (a headline row) or
    plain; from the cache when this version of it was rendered before."""
    variant = "big" if big else "compact" if compact else "plain"
    return cached_card(story, variant, context.get("request"))

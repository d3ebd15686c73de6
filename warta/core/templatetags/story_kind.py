"""What a card says about its story's kind: the photo count of a gallery, the
length of a video, "Infografis", "Langsung" on a running live report.

Cards are rendered once per version of a story and kept (``warta.core.cards``),
so what is read here costs nothing on the pages that show them.
"""

from django import template

register = template.Library()


@register.filter
def story_kind(story):
    """The story's page type as a plain name ("photogallerypage", "videopage",
    "infographicpage", "livereportpage", "articlepage", ...), from its cached
    content type: no query."""
    model = getattr(story, "specific_class", None) or type(story)
    return model._meta.model_name


@register.filter
def card_badge(story):
    """A page type's own word for its card (``card_badge(story)`` on the
    class, such as a running live report's "Langsung"), or ""."""
    model = getattr(story, "specific_class", None) or type(story)
    badge = getattr(model, "card_badge", None)
    return badge(story) if callable(badge) else ""


@register.filter
def photo_count(story):
    """How many photos a gallery has (its photos are prefetched for cards)."""
    photos = getattr(story, "photos", None)
    return len(photos.all()) if photos is not None else 0

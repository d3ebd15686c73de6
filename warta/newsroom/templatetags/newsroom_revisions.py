"""The editor's autosave notice on a live story, and what a review compares."""

from django import template

from warta.newsroom import autosave, review

register = template.Library()


@register.inclusion_tag("newsroom/autosave_notice.html")
def autosave_notice(page):
    """A live story's autosaved version that is kept apart, offered back."""
    revision = autosave.unpublished_autosave(page) if page and page.pk else None
    return {"page": page, "revision": revision}


@register.simple_tag
def review_baseline(page, revision):
    """The version a review of ``revision`` compares with (its id), or None."""
    baseline = review.baseline(page, revision)
    return baseline.pk if baseline else None

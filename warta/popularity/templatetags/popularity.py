"""Template tags for story pages: where their view beacon goes, and its pixel."""

from django import template
from django.urls import reverse

register = template.Library()


@register.simple_tag
def view_url(page):
    """``/v/<id>/``: the URL a story's script POSTs to (its ``data-view-url``)."""
    return reverse("popularity:view", args=[page.pk])


@register.inclusion_tag("popularity/pixel.html")
def view_pixel(page):
    """The <noscript> 1x1 GIF that counts a reader who runs no script."""
    return {"view_url": view_url(page)}

"""``{% comments_closed page as closed %}`` for the thread under a story."""

from django import template

from warta.comments.policy import is_closed

register = template.Library()


@register.simple_tag
def comments_closed(page):
    return bool(page and page.pk and is_closed(page))

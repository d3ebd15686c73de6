"""``{% reader_suggestions %}``: Terpopuler and Terkini as a way on.

    {% load suggestions %}
    {% reader_suggestions %}                      a 404, an empty search
    {% reader_suggestions exclude=page.pk rail=True %}  the article's side rail

The lists come from ``warta.sections.suggestions`` (kept, never failing).
"""

from django import template

from warta.sections.suggestions import suggestions

register = template.Library()


@register.inclusion_tag("components/suggestions.html")
def reader_suggestions(exclude=None, rail=False):
    found = suggestions(exclude=exclude)
    return {**found, "rail": rail}

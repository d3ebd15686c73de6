"""``{% page_meta as meta %}`` and ``|json_ld`` for components/meta.html.

The tag asks what the page is about for its metadata: the ``listing_meta`` a
plain Django view built (a writer's, a topic's page), else the Wagtail
``page``'s ``seo_meta()`` (``warta.core.seo.SeoMixin``). Anything else (an
error page) gets no metadata at all, and no query.
"""

from django import template
from django.utils.safestring import mark_safe
from wagtail.models import Page

from warta.core import seo

register = template.Library()


def _page_number(context):
    page_obj = context.get("page_obj")
    return getattr(page_obj, "number", 1) if page_obj is not None else 1


@register.simple_tag(takes_context=True)
def page_meta(context):
    """A ``seo.Meta`` for the page being rendered, or None."""
    if isinstance(context.get("listing_meta"), seo.Meta):  # a view built its own
        return context["listing_meta"]
    page = context.get("page")
    if isinstance(page, seo.SeoMixin):
        return page.seo_meta(context.get("request"), _page_number(context))
    if isinstance(page, Page):  # a page type with nothing of its own to say
        return seo.basic_meta(page, context.get("request"), _page_number(context))
    return None


@register.filter
def json_ld(data):
    """``data`` as JSON that cannot close the <script> it is written into."""
    return mark_safe(seo.to_script_json(data))

"""``{% page_meta as meta %}`` and ``|json_ld`` for components/meta.html.

The tag finds what the page is about in the template context: a Wagtail
``page``, or the ``person``, ``agency`` or ``topic`` of a plain Django view.
Anything else (an error page) gets no metadata at all, and no query.
"""

from django import template
from django.utils.safestring import mark_safe
from wagtail.models import Page

from warta.core import seo

register = template.Library()

LISTING_SUBJECTS = {
    "person": seo.meta_for_person,
    "agency": seo.meta_for_agency,
    "topic": seo.meta_for_topic,
}


def _page_number(context):
    page_obj = context.get("page_obj")
    return getattr(page_obj, "number", 1) if page_obj is not None else 1


@register.simple_tag(takes_context=True)
def page_meta(context):
    """A ``seo.Meta`` for the page being rendered, or None."""
    if isinstance(context.get("listing_meta"), seo.Meta):  # a view built its own
        return context["listing_meta"]
    page = context.get("page")
    if isinstance(page, Page):
        return seo.meta_for_page(page, context.get("request"), _page_number(context))
    for name, build in LISTING_SUBJECTS.items():
        subject = context.get(name)
        if subject is not None:
            return build(subject, _page_number(context))
    return None


@register.filter
def json_ld(data):
    """``data`` as JSON that cannot close the <script> it is written into."""
    return mark_safe(seo.to_script_json(data))

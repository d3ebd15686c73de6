"""``{% feed_links %}``: the alternate links a page's head offers feed readers.

The paper's feed is always offered; a rubrik and its stories add the rubrik's
feed, a topic page the topic's and a writer's profile the writer's.
"""

from django import template
from django.urls import reverse
from django.utils.translation import gettext as _
from taggit.models import Tag
from wagtail.models import Page

from warta.core import paper as identity
from warta.core.seo import absolute_url
from warta.people.models import Person
from warta.sections.models import SectionPage

register = template.Library()
SECTION_DEPTH = 3  # root, home page, section


def section_of(page):
    """The rubrik a page belongs to: itself or its parent, if either is one."""
    if not isinstance(page, Page) or page.depth < SECTION_DEPTH:
        return None
    if page.depth > SECTION_DEPTH:
        page = page.get_parent()  # kept by the routing: no query
    # The content type says what the page is without reading it again.
    return page if page.specific_class is SectionPage else None


def rss(name, args, title):
    return {
        "href": absolute_url(reverse(f"feeds:{name}-rss", args=args)),
        "title": title,
    }


@register.inclusion_tag("feeds/links.html", takes_context=True)
def feed_links(context):
    paper = identity.name(context.get("request"))
    links = [rss("paper", [], paper)]
    if section := section_of(context.get("page")):
        names = {"paper": paper, "section": section.title}
        links.append(rss("section", [section.slug], f"{paper} — {section.title}"))
    if isinstance(topic := context.get("topic"), Tag):
        names = {"paper": paper, "topic": topic.name}
        title = _("%(paper)s — Topik: %(topic)s") % names
        links.append(rss("topic", [topic.slug], title))
    if isinstance(person := context.get("person"), Person):
        names = {"paper": paper, "person": person.name}
        title = _("%(paper)s — Penulis: %(person)s") % names
        links.append(rss("writer", [person.slug], title))
    return {"links": links}

"""The paper's feeds: one ``StoryFeed`` class, four scopes, two formats, two lengths.

A scope (the whole paper, a rubrik, a topic, a writer) says which stories and
what the feed is called; ``StoryFeed`` turns them into RSS 2.0 or Atom, with
the dek as summary or, for partners (``…/lengkap/``), the full text too.
"""

from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.db.models import QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Enclosure
from django.utils.translation import gettext as _
from taggit.models import Tag

from warta.articles.models import ArticlePage
from warta.core import paper
from warta.core.seo import absolute_url, page_path, paper_tagline
from warta.feeds.entries import entries
from warta.feeds.queries import distributable, newest, stories
from warta.people.models import Person
from warta.sections.models import HomePage, SectionPage, stories_under

FEED_SIZE = 30


@dataclass
class Scope:
    name: str
    title: str
    link: str
    description: str
    stories: QuerySet


def paper_scope(request):
    name = paper.name(request)
    description = paper_tagline() or _("Berita terbaru dari %(paper)s.") % {
        "paper": name
    }
    return Scope("paper", name, absolute_url("/"), description, stories())


def section_scope(request, slug):
    home = HomePage.objects.live().first()
    sections = SectionPage.rows().live().public().child_of(home) if home else None
    if sections is None:
        raise Http404
    section = get_object_or_404(sections, slug=slug)
    names = {"paper": paper.name(request), "section": section.title}
    return Scope(
        "section",
        f"{names['paper']} — {section.title}",
        absolute_url(page_path(section, request)),
        _("Berita rubrik %(section)s dari %(paper)s.") % names,
        newest(distributable(stories_under(section))),
    )


def topic_scope(request, slug):
    tag = get_object_or_404(Tag, slug=slug)
    names = {"paper": paper.name(request), "topic": tag.name}
    return Scope(
        "topic",
        _("%(paper)s — Topik: %(topic)s") % names,
        absolute_url(reverse("articles:topic", args=[tag.slug])),
        _("Berita tentang %(topic)s dari %(paper)s.") % names,
        newest(distributable(ArticlePage.objects.tagged(tag.slug))),
    )


def writer_scope(request, slug):
    person = get_object_or_404(Person, slug=slug)
    names = {"paper": paper.name(request), "person": person.name}
    articles = ArticlePage.objects.filter(writer_links__person=person)
    return Scope(
        "writer",
        _("%(paper)s — Penulis: %(person)s") % names,
        absolute_url(person.get_absolute_url()),
        _("Tulisan %(person)s di %(paper)s.") % names,
        newest(distributable(articles)),
    )


@dataclass
class Feedable:
    """What ``get_object`` hands the feed: the scope and its entries, prepared."""

    scope: Scope
    feed_url: str
    items: list
    paper: str  # the paper's name (Identitas koran): author and copyright


def local(value):
    return timezone.localtime(value).replace(microsecond=0) if value else None


class StoryFeed(Feed):
    """One feed of stories; scope, format and length are chosen per URL."""

    def __init__(self, scope, feed_type, full_text=False):
        self.scope = scope
        self.feed_type = feed_type
        self.full_text = full_text

    def get_object(self, request, **kwargs):
        scope = self.scope(request, **kwargs)
        items = entries(scope.stories[:FEED_SIZE], request, self.full_text)
        return Feedable(scope, absolute_url(request.path), items, paper.name(request))

    def title(self, obj):
        return obj.scope.title

    def link(self, obj):
        return obj.scope.link

    def feed_url(self, obj):
        return obj.feed_url

    def description(self, obj):
        return obj.scope.description

    def subtitle(self, obj):
        return obj.scope.description

    def author_name(self, obj):
        return obj.paper

    def feed_copyright(self, obj):
        return f"© {obj.paper}"

    language = "id"
    ttl = 10

    def items(self, obj):
        return obj.items

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return item.link

    def item_guid(self, item):
        return item.link

    def item_description(self, item):
        return item.summary

    def item_author_name(self, item):
        return ", ".join(item.authors) or None

    def item_categories(self, item):
        return item.categories

    def item_pubdate(self, item):
        return local(item.published)

    def item_updateddate(self, item):
        return local(item.updated)

    def item_enclosures(self, item):
        media = item.media
        if media is None:
            return []
        return [Enclosure(media.url, str(media.length), media.mime_type)]

    def item_extra_kwargs(self, item):
        return {"media": item.media, "content_html": item.content_html}

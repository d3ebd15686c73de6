"""What an article says to search engines: a NewsArticle (an advertorial an
AdvertiserContentArticle) credited to its writers or its agency; and a topic's
listing page. Galleries and infographics say NewsArticle the same way
(``news_article``)."""

from django.urls import reverse
from django.utils.translation import gettext as _

from warta.core import paper, seo
from warta.images.seo import CardPictureMixin


def article_schema_type(page):
    """NewsArticle; an advertorial is schema.org's AdvertiserContentArticle."""
    if getattr(page, "is_advertorial", False):
        return "AdvertiserContentArticle"
    return "NewsArticle"


def news_article(page, meta, authors):
    """A story as a NewsArticle, with the crops of its picture."""
    sponsored = getattr(page, "is_advertorial", False)
    return seo.compact(
        {
            "@context": seo.SCHEMA,
            "@type": article_schema_type(page),
            "genre": page.type_label if sponsored else "",
            "headline": seo.headline(page.title),
            "image": meta.image.variants if meta.image else [],
            "datePublished": meta.published,
            "dateModified": meta.modified or meta.published,
            "articleSection": meta.section,
            **page.creative_work(meta, authors),
        }
    )


class NewsArticleSeoMixin(CardPictureMixin, seo.StorySeoMixin):
    """A story whose JSON-LD is a NewsArticle (articles, galleries, infographics)."""

    def story_schema(self, meta, authors):
        return news_article(self, meta, authors)


class ArticleSeoMixin(NewsArticleSeoMixin):
    def seo_credits(self):
        """The staff writers (one query), else the agency for wire copy."""
        return self.byline

    def seo_picture_alt(self):
        return self.lead_caption


def topic_meta(topic, page_number=1):
    """A topic's listing page (``/topik/<slug>/``)."""
    url = seo.canonical_url(reverse("articles:topic", args=[topic.slug]), page_number)
    names = {"topic": topic.name, "paper": paper.name()}
    title = _("Topik: %(topic)s") % names
    description = _("Berita tentang %(topic)s dari %(paper)s.") % names
    return seo.listing_meta(title, description, url)

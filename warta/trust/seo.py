"""A live report says LiveBlogPosting: the article's NewsArticle with its
updates, newest first (``warta.core.seo``)."""

from warta.articles.seo import ArticleSeoMixin, news_article
from warta.core import seo

UPDATE_BODY_MAX = 5000


def blog_posting(update, canonical):
    return seo.compact(
        {
            "@type": "BlogPosting",
            "headline": seo.headline(
                update.title or seo.plain_text(update.body, rich=True)
            ),
            "datePublished": seo.iso_datetime(update.posted_at),
            "url": f"{canonical}#{update.anchor}",
            "articleBody": seo.plain_text(
                update.body, rich=True, limit=UPDATE_BODY_MAX
            ),
        }
    )


def live_blog_posting(page, meta, authors):
    """A live report: LiveBlogPosting with its updates, newest first."""
    data = news_article(page, meta, authors)
    updates = page.updates
    data.update(
        {
            "@type": "LiveBlogPosting",
            "coverageStartTime": seo.iso_datetime(page.coverage_start),
            "liveBlogUpdate": [blog_posting(u, meta.canonical) for u in updates],
        }
    )
    if page.coverage_end:
        data["coverageEndTime"] = seo.iso_datetime(page.coverage_end)
    newest = seo.iso_datetime(updates[0].posted_at) if updates else ""
    if newest > data.get("dateModified", ""):
        data["dateModified"] = newest
    return data


class LiveReportSeoMixin(ArticleSeoMixin):
    def story_schema(self, meta, authors):
        return live_blog_posting(self, meta, authors)

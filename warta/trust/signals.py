"""Keep caches honest: a correction, a takedown or a live update shows at once.

A correction is not a page revision, so ``page_published`` does not fire for
it: its save or deletion invalidates what shows the story (its page, section,
home page, feeds and sitemaps, see ``warta.delivery``) and ``/ralat/``. A
live report's poll endpoint is its own path in the page cache: publishing the
report invalidates it too.
"""

from django.db.models.signals import post_delete, post_save
from django.urls import reverse

LISTS = {"correction": "/ralat/", "takedown": "/pencabutan/"}


def _invalidate(surfaces):
    from warta.delivery import invalidation

    invalidation.invalidate({s for s in surfaces if s})


def correction_changed(sender, instance, **kwargs):
    from warta.articles.models import ArticlePage
    from warta.delivery.invalidation import surfaces_for

    surfaces = {LISTS["correction"], LISTS["correction"] + "rss/"}
    page = ArticlePage.objects.filter(pk=instance.page_id).first()
    if page is not None:
        surfaces |= surfaces_for(page)
        surfaces.add(poll_path(page.pk))
    _invalidate(surfaces)


def takedown_changed(sender, instance, **kwargs):
    _invalidate({LISTS["takedown"], instance.path})


def poll_path(page_id):
    return reverse("trust:live-updates", args=[page_id])


def live_report_published(sender, instance, **kwargs):
    from warta.trust.models import LiveReportPage

    if isinstance(instance, LiveReportPage):
        _invalidate({poll_path(instance.pk)})


def connect():
    from wagtail.signals import page_published, page_unpublished

    from warta.trust.models import Correction, Takedown

    for signal in (post_save, post_delete):
        signal.connect(correction_changed, sender=Correction)
        signal.connect(takedown_changed, sender=Takedown)
    page_published.connect(live_report_published)
    page_unpublished.connect(live_report_published)

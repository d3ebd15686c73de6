"""Keep caches honest: a correction or a takedown shows at once.

A correction is not a page revision, so no publish runs for it: its save or
deletion invalidates what shows the story (its page, section, home page,
feeds and sitemaps, its live poll: ``warta.delivery.events``) and ``/ralat/``.
A live report's poll is one of the report's surfaces, so publishing the
report invalidates it through the publish pipeline.
"""

from django.db.models.signals import post_delete, post_save

from warta.articles.models import ArticlePage
from warta.delivery import events
from warta.trust.models import Correction, Takedown

LISTS = {"correction": "/ralat/", "takedown": "/pencabutan/"}


def correction_changed(sender, instance, **kwargs):
    page = ArticlePage.objects.filter(pk=instance.page_id).first()
    listed = {LISTS["correction"], LISTS["correction"] + "rss/"}
    events.story_corrected(page and page.specific, also=listed)


def takedown_changed(sender, instance, **kwargs):
    events.changed({LISTS["takedown"], instance.path})


def connect():
    for signal in (post_save, post_delete):
        signal.connect(correction_changed, sender=Correction)
        signal.connect(takedown_changed, sender=Takedown)

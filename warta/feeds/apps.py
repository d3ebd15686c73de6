from django.apps import AppConfig


class FeedsConfig(AppConfig):
    name = "warta.feeds"
    label = "feeds"
    verbose_name = "Feeds and sitemaps"

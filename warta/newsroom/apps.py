from django.apps import AppConfig


class NewsroomConfig(AppConfig):
    name = "warta.newsroom"
    label = "newsroom"

    def ready(self):
        from warta.newsroom import admin_labels, publishing, signals

        signals.connect()
        # The one doorway from Wagtail's page signals into the publish pipeline.
        publishing.connect()
        # Column heads Wagtail leaves in English (the sites listing).
        admin_labels.connect()

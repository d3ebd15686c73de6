from django.apps import AppConfig


class NewsroomConfig(AppConfig):
    name = "warta.newsroom"
    label = "newsroom"

    def ready(self):
        from warta.newsroom import signals

        signals.connect()

from django.apps import AppConfig


class MultimediaConfig(AppConfig):
    name = "warta.multimedia"
    label = "multimedia"

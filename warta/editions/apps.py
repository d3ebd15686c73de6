from django.apps import AppConfig


class EditionsConfig(AppConfig):
    name = "warta.editions"
    label = "editions"

from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "warta.search"
    label = "warta_search"

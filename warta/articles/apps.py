from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "warta.articles"
    label = "articles"

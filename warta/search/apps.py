from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "warta.search"
    label = "warta_search"
    default_auto_field = "django.db.models.BigAutoField"

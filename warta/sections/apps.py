from django.apps import AppConfig


class SectionsConfig(AppConfig):
    name = "warta.sections"
    label = "sections"

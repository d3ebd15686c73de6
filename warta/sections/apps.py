from django.apps import AppConfig


class SectionsConfig(AppConfig):
    name = "warta.sections"
    label = "sections"

    def ready(self):
        from warta.sections import chrome

        chrome.connect()

from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "warta.core"
    label = "core"
    verbose_name = "Warta"

    def ready(self):
        from warta.core import richtext

        # Rich text is sanitised on its way into the database, whoever saves it.
        richtext.connect()

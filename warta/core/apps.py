from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "warta.core"
    label = "core"
    verbose_name = "Warta"

    def ready(self):
        from warta.core import richtext, sites

        # Rich text is sanitised on its way into the database, whoever saves it.
        richtext.connect()
        # The site of each request is kept per process; a changed site forgets it.
        sites.connect()

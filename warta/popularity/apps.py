from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PopularityConfig(AppConfig):
    name = "warta.popularity"
    label = "popularity"
    verbose_name = _("Terpopuler")

    def ready(self):
        from warta.popularity import checks  # noqa: F401  (registers the checks)

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IngestConfig(AppConfig):
    name = "warta.ingest"
    label = "ingest"
    verbose_name = _("Kawat")
    default_auto_field = "django.db.models.BigAutoField"

from django.apps import AppConfig


class QueueConfig(AppConfig):
    name = "warta.queue"
    label = "queue"
    verbose_name = "Antrean tugas"
    default_auto_field = "django.db.models.BigAutoField"

from django.apps import AppConfig


class PushConfig(AppConfig):
    name = "warta.push"
    label = "push"
    verbose_name = "Notifikasi peramban"
    default_auto_field = "django.db.models.BigAutoField"

from django.apps import AppConfig


class ReachConfig(AppConfig):
    name = "warta.reach"
    label = "reach"
    verbose_name = "Jangkauan"
    default_auto_field = "django.db.models.BigAutoField"

from django.apps import AppConfig


class AccessConfig(AppConfig):
    name = "warta.access"
    label = "access"
    verbose_name = "Akses redaksi"

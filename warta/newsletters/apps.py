from django.apps import AppConfig


class NewslettersConfig(AppConfig):
    name = "warta.newsletters"
    label = "newsletters"
    verbose_name = "Nawala"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from warta.newsletters import signals  # noqa: F401

from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo paper and the ``warta demo`` command that loads it."""

    name = "warta.demo"
    label = "demo"
    verbose_name = "Demo"

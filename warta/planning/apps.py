from django.apps import AppConfig


class PlanningConfig(AppConfig):
    name = "warta.planning"
    label = "planning"
    verbose_name = "Rencana liputan"

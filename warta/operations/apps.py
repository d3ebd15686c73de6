from django.apps import AppConfig


class OperationsConfig(AppConfig):
    """Running the paper: security headers, faults, request logs, health
    checks, backups and the ``warta serve`` command."""

    name = "warta.operations"
    label = "operations"
    verbose_name = "Operations"

    def ready(self):
        from warta.operations import choosers, privacy

        privacy.connect()
        choosers.patch()

from django.apps import AppConfig


class TrustConfig(AppConfig):
    name = "warta.trust"
    label = "trust"
    verbose_name = "Kepercayaan pembaca"

    def ready(self):
        from warta.trust import signals

        signals.connect()

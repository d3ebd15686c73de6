from django.apps import AppConfig


class TrustConfig(AppConfig):
    name = "warta.trust"
    label = "trust"
    verbose_name = "Kepercayaan pembaca"

    def ready(self):
        from warta.core.models import PAGE_VIEW_EXTENSIONS
        from warta.trust import signals
        from warta.trust.models import with_ai_uses, with_corrections

        signals.connect()
        PAGE_VIEW_EXTENSIONS.append(with_corrections)
        PAGE_VIEW_EXTENSIONS.append(with_ai_uses)

from django.apps import AppConfig
from django.db.models.signals import post_delete, post_init, post_save
from django.utils.translation import gettext_lazy as _


class CommentsConfig(AppConfig):
    name = "warta.comments"
    label = "comments"
    verbose_name = _("Komentar pembaca")

    def ready(self):
        from warta.comments import signals
        from warta.comments.models import (
            ClosedThread,
            Comment,
            thread_closed,
            thread_context,
        )
        from warta.core.models import PAGE_CONTEXT_EXTENSIONS, PAGE_VIEW_EXTENSIONS

        # A story's page shows its thread, and whether it is closed (the form).
        PAGE_VIEW_EXTENSIONS.append(thread_closed)
        PAGE_CONTEXT_EXTENSIONS.append(thread_context)
        post_init.connect(signals.remember_status, sender=Comment)
        post_save.connect(signals.comment_saved, sender=Comment)
        post_delete.connect(signals.comment_deleted, sender=Comment)
        post_save.connect(signals.closing_changed, sender=ClosedThread)
        post_delete.connect(signals.closing_changed, sender=ClosedThread)

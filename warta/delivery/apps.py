from django.apps import AppConfig


class DeliveryConfig(AppConfig):
    name = "warta.delivery"
    label = "delivery"
    verbose_name = "Delivery"

    def ready(self):
        from django.db.models.signals import post_delete, post_save, pre_delete
        from wagtail.images import get_image_model
        from wagtail.models import PageViewRestriction
        from wagtail.signals import (
            page_published,
            page_slug_changed,
            page_unpublished,
            post_page_move,
        )

        from warta.comments.signals import thread_changed
        from warta.delivery import invalidation, sites

        page_published.connect(invalidation.page_changed)
        page_unpublished.connect(invalidation.page_changed)
        page_slug_changed.connect(invalidation.slug_changed)
        post_page_move.connect(invalidation.page_moved)
        pre_delete.connect(invalidation.page_deleted)
        thread_changed.connect(invalidation.thread_changed)
        for signal in (post_save, post_delete):
            signal.connect(invalidation.restriction_changed, sender=PageViewRestriction)
        post_save.connect(invalidation.image_changed, sender=get_image_model())
        # The site of each request is kept per process; a changed site forgets it.
        sites.connect()

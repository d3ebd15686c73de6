from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class DeliveryConfig(AppConfig):
    name = "warta.delivery"
    label = "delivery"
    verbose_name = "Delivery"

    def ready(self):
        """What is not a page event: those come through the publish pipeline
        (``warta.newsroom.publishing``), comments through their actions."""
        from wagtail.images import get_image_model
        from wagtail.models import PageViewRestriction

        from warta.delivery import events, sites

        def restriction(sender, instance, **kwargs):
            events.restriction_changed(events.page_of(instance.page_id))

        def picture(sender, instance, created=False, raw=False, **kwargs):
            # A picture edited (its file or focal point), not a new upload.
            if not created and not raw:
                events.picture_changed(instance)

        for signal in (post_save, post_delete):
            signal.connect(restriction, sender=PageViewRestriction, weak=False)
        post_save.connect(picture, sender=get_image_model(), weak=False)
        # The site of each request is kept per process; a changed site forgets it.
        sites.connect()

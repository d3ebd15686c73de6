"""Keep desk groups in step with assignments; name a new story's author;
tell the newsroom what happened to its stories (``warta.newsroom.notifications``)."""

from django.db.models.signals import post_delete, post_save

from warta.newsroom import credits, notifications, roles
from warta.newsroom.models import DeskAssignment


def sync_desk(sender, instance, **kwargs):
    roles.sync_desk_group(instance.section, instance.role)


def connect():
    post_save.connect(sync_desk, sender=DeskAssignment, dispatch_uid="newsroom-desk")
    post_delete.connect(
        sync_desk, sender=DeskAssignment, dispatch_uid="newsroom-desk-del"
    )
    # A new story's form names its author (the editor's credit is a step of
    # the publish pipeline, ``warta.newsroom.publishing``).
    credits.connect()
    # Before wagtail.admin's ready(): ours replace Wagtail's workflow e-mails.
    notifications.connect()

"""Keep desk groups in step with assignments; credit the approving editor;
tell the newsroom what happened to its stories (``warta.newsroom.notifications``)."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import workflow_approved

from warta.newsroom import notifications, roles
from warta.newsroom.models import DeskAssignment


def sync_desk(sender, instance, **kwargs):
    roles.sync_desk_group(instance.section, instance.role)


def credit_approving_editor(sender, instance, user=None, **kwargs):
    """When the story has no "Redaktur" yet, the editor who approved it becomes it.

    Runs after the workflow finished: a story published at once gets the
    credit on its live row and its revision; a scheduled one on the approved
    revision, which is what ``publish_scheduled`` will put live.
    """
    person = getattr(user, "person", None) if user else None
    page = instance.content_object
    page = getattr(page, "specific", page)
    if person is None or not hasattr(page, "editor_id"):
        return
    revision = page.get_latest_revision()
    if revision is None or revision.content.get("editor"):
        return
    revision.content["editor"] = person.pk
    revision.save(update_fields=["content"])
    page = type(page).objects.get(pk=page.pk)
    if page.editor_id is None and page.live_revision_id == revision.pk:
        type(page).objects.filter(pk=page.pk).update(editor=person)


def connect():
    post_save.connect(sync_desk, sender=DeskAssignment, dispatch_uid="newsroom-desk")
    post_delete.connect(
        sync_desk, sender=DeskAssignment, dispatch_uid="newsroom-desk-del"
    )
    workflow_approved.connect(
        credit_approving_editor, dispatch_uid="newsroom-credit-editor"
    )
    # Before wagtail.admin's ready(): ours replace Wagtail's workflow e-mails.
    notifications.connect()

"""Who in the newsroom is told what about a story, and when.

Wagtail's workflow signals and the publish pipeline's ``story_published``
come in here (``connect``); each event makes ``Notification`` rows for the
people it concerns, never for the one who acted:

- a story submitted for review: the editors who may review it on its desk
  (``SectionReviewTask``: in the task's groups *and* allowed to publish
  there), so an Olahraga editor is not told about Nasional;
- changes requested, approved (published at once or scheduled): the story's
  people, i.e. who submitted it, its owner and its credited writers;
- published by an editor outside the workflow: the story's people;
- the scheduled time reached (the scheduler put it live): the story's people
  and the editor who scheduled it.

The rows are written in the action's transaction; the e-mails are sent after
it commits (``warta.newsroom.mail``). These receivers take the place of
Wagtail's own workflow e-mails (see ``connect``).
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from wagtail.models import PageLogEntry, TaskState, WorkflowState
from wagtail.signals import (
    task_submitted,
    workflow_approved,
    workflow_rejected,
    workflow_submitted,
)

from warta.newsroom import mail
from warta.newsroom.models import Notification, NotificationKind
from warta.newsroom.publishing import story_published

# Wagtail's admin connects its workflow e-mails with these ids; a receiver
# already connected under the same id and sender is kept and Wagtail's is
# not added. Ours are connected first (the newsroom app is listed before
# wagtail.admin), so one e-mail goes out per event: ours, in Indonesian, to
# the desk's editors rather than to every member of the reviewer groups.
WAGTAIL_MAIL_IDS = {
    "task_submitted": "group_approval_task_submitted_email_notification",
    "workflow_submitted": "workflow_state_submitted_email_notification",
    "workflow_rejected": "workflow_state_rejected_email_notification",
    "workflow_approved": "workflow_state_approved_email_notification",
}
PUBLISHED_KINDS = [NotificationKind.APPROVED, NotificationKind.PUBLISHED]
STORY_DEPTH = 4  # root, home, section, story: what sits under a section


def notify(kind, page, recipients, actor=None, comment="", revision=None):
    """Record one notification per recipient (not the actor); mail after commit.

    The scheduler acts for the editor who scheduled the story: they are
    told it went live.
    """
    users = {user for user in recipients if user and user.is_active}
    if kind != NotificationKind.WENT_LIVE:
        users.discard(actor)
    rows = Notification.objects.bulk_create(
        Notification(
            recipient=user,
            kind=kind,
            page_id=page.pk,
            revision=revision,
            actor=actor,
            comment=comment or "",
        )
        for user in sorted(users, key=lambda user: user.pk)
    )
    if rows:
        ids = [row.pk for row in rows]
        transaction.on_commit(lambda: mail.send_notifications(ids))
    return rows


def reviewers(task_state):
    """Users who may act on this review: the task decides (desk and role)."""
    task = task_state.task.specific
    page = task_state.workflow_state.content_object.specific
    who = Q(is_superuser=True) if include_superusers() else Q(pk__in=[])
    groups = getattr(task, "groups", None)
    if groups is not None:
        who |= Q(groups__in=groups.all())
    candidates = get_user_model().objects.filter(who, is_active=True).distinct()
    return [user for user in candidates if task.get_actions(page, user)]


def include_superusers():
    return getattr(settings, "WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS", True)


def story_people(page, workflow_state=None):
    """Who a story belongs to: its submitter, its owner, its credited writers."""
    people = {page.owner}
    if workflow_state is None:
        workflow_state = (
            WorkflowState.objects.for_instance(page).order_by("-created_at").first()
        )
    if workflow_state is not None:
        people.add(workflow_state.requested_by)
    links = getattr(page.specific, "writer_links", None)
    if links is not None:
        for link in links.select_related("person__user"):
            people.add(link.person.user)
    people.discard(None)
    return people


# Receivers ------------------------------------------------------------------


def on_task_submitted(sender, instance, user=None, **kwargs):
    page = instance.workflow_state.content_object
    notify(
        NotificationKind.SUBMITTED,
        page,
        reviewers(instance),
        actor=user,
        revision=instance.revision,
    )


def on_workflow_submitted(sender, instance, user=None, **kwargs):
    """The task's submission already told the reviewers (``on_task_submitted``)."""


def on_workflow_rejected(sender, instance, user=None, **kwargs):
    task_state = instance.current_task_state.specific
    notify(
        NotificationKind.CHANGES_REQUESTED,
        instance.content_object,
        story_people(instance.content_object, instance),
        actor=task_state.finished_by or user,
        comment=task_state.get_comment(),
        revision=task_state.revision,
    )


def on_workflow_approved(sender, instance, user=None, **kwargs):
    task_state = instance.current_task_state
    revision = task_state.revision if task_state else None
    page = type(instance.content_object).objects.get(pk=instance.object_id)
    if revision is not None and revision.approved_go_live_at:
        kind = NotificationKind.SCHEDULED
    else:
        kind = NotificationKind.APPROVED
    notify(
        kind,
        page,
        story_people(page, instance),
        actor=user,
        comment=task_state.get_comment() if task_state else "",
        revision=revision,
    )


def on_story_published(sender, page, **kwargs):
    """After the commit: an editor's direct publish, or the scheduler's."""
    if page.depth < STORY_DEPTH:
        return
    entry = (
        PageLogEntry.objects.filter(
            page_id=page.pk, action__in=["wagtail.publish", "wagtail.publish.scheduled"]
        )
        .order_by("-timestamp", "-pk")
        .first()
    )
    if entry is None:
        return
    people = story_people(page)
    if entry.action == "wagtail.publish.scheduled":
        kind, actor = NotificationKind.WENT_LIVE, _scheduled_by(page)
        people.add(actor)
    elif entry.user_id:  # an import or the demo loader publishes with no one
        kind, actor = NotificationKind.PUBLISHED, entry.user
    else:
        return
    # A story approved and published at once was announced by the approval.
    told = set(
        Notification.objects.filter(
            page_id=page.pk, revision_id=page.live_revision_id, kind__in=PUBLISHED_KINDS
        ).values_list("recipient_id", flat=True)
    )
    people = {user for user in people if user and user.pk not in told}
    with transaction.atomic():
        notify(kind, page, people, actor=actor, revision=page.live_revision)


def _scheduled_by(page):
    entry = (
        PageLogEntry.objects.filter(page_id=page.pk, action="wagtail.publish.schedule")
        .order_by("-timestamp", "-pk")
        .first()
    )
    return entry.user if entry else None


def connect():
    task_submitted.connect(
        on_task_submitted,
        sender=TaskState,
        dispatch_uid=WAGTAIL_MAIL_IDS["task_submitted"],
    )
    workflow_submitted.connect(
        on_workflow_submitted,
        sender=WorkflowState,
        dispatch_uid=WAGTAIL_MAIL_IDS["workflow_submitted"],
    )
    workflow_rejected.connect(
        on_workflow_rejected,
        sender=WorkflowState,
        dispatch_uid=WAGTAIL_MAIL_IDS["workflow_rejected"],
    )
    workflow_approved.connect(
        on_workflow_approved,
        sender=WorkflowState,
        dispatch_uid=WAGTAIL_MAIL_IDS["workflow_approved"],
    )
    story_published.connect(on_story_published, dispatch_uid="newsroom-notify")

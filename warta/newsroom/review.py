"""What a reviewer compares a submitted story with.

Wagtail's "Compare with previous version" takes the revision just before the
submitted one. With autosave that is the writer's own autosave a moment
before *Kirim untuk review*: the comparison shows nothing, or a few letters.
What a reviewer means by the previous version is the last one put forward on
purpose: the version submitted before (sent back with a request for changes)
or the version that was published. Autosaves and drafts in between are the
writer's work in progress, not versions anybody reviewed.
"""

from django.db.models import Q
from wagtail.log_actions import registry as log_registry
from wagtail.models import Revision, TaskState


def baseline(obj, revision):
    """The newest revision before ``revision`` that was submitted for review
    or published, or None (a first submission of a new story)."""
    if obj is None or revision is None:
        return None
    earlier = Revision.objects.filter(
        base_content_type_id=revision.base_content_type_id,
        object_id=revision.object_id,
        pk__lt=revision.pk,
    )
    submitted = TaskState.objects.filter(
        workflow_state__base_content_type_id=revision.base_content_type_id,
        workflow_state__object_id=revision.object_id,
    ).values("revision_id")
    published = (
        log_registry.get_logs_for_instance(obj)
        .filter(action="wagtail.publish")
        .values("revision_id")
    )
    return (
        earlier.filter(Q(pk__in=submitted) | Q(pk__in=published))
        .order_by("-pk")
        .defer("content")
        .first()
    )

"""What moderators and readers do to comments, in one place for views, admin and CLI.

Status changes update in bulk and then tell ``thread_changed`` which stories'
visible threads moved, once per story; deletions notify through ``post_delete``.
"""

from django.conf import settings
from django.db import transaction
from django.db.models import F

from warta.comments.choices import CommentStatus, ModerationMode
from warta.comments.models import Comment, CommentSiteSettings
from warta.comments.signals import notify_pages


@transaction.atomic
def set_status(comments, status):
    """Give ``comments`` (a list or queryset) ``status``; returns how many changed."""
    ids = [comment.pk for comment in comments]
    changing = Comment.objects.filter(pk__in=ids).exclude(status=status)
    touched = list(changing.values_list("page_id", "status"))
    count = changing.update(status=status)
    visible = status == CommentStatus.APPROVED
    notify_pages(
        page_id
        for page_id, before in touched
        if visible or before == CommentStatus.APPROVED
    )
    return count


@transaction.atomic
def delete_comments(comments):
    """Delete ``comments`` and their replies for good; returns the number deleted.

    Deleting sends ``post_delete`` per comment, which notifies ``thread_changed``.
    """
    ids = [comment.pk for comment in comments]
    _count, per_model = Comment.objects.filter(pk__in=ids).delete()
    return per_model.get(Comment._meta.label, 0)


def forget_commenter(email):
    """Delete every comment by ``email`` (and the replies under them).

    Returns ``(own, replies)``: that person's comments, and other readers'
    replies to them that went with them.
    """
    own = list(Comment.objects.by_email(email).only("pk", "email"))
    if not own:
        return 0, 0
    total = delete_comments(own)
    return len(own), total - len(own)


@transaction.atomic
def report(comment, request):
    """Count a reader's report; under post-moderation enough reports hide it."""
    Comment.objects.filter(pk=comment.pk).update(report_count=F("report_count") + 1)
    comment.refresh_from_db(fields=["report_count"])
    threshold = int(settings.WARTA_COMMENTS_HIDE_AFTER_REPORTS)
    mode = CommentSiteSettings.for_request(request).moderation
    if mode == ModerationMode.POST and 0 < threshold <= comment.report_count:
        set_status([comment], CommentStatus.PENDING)

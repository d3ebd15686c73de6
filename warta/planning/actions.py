"""What happens to a plan item: assigning it, and turning it into a draft."""

from django.db import transaction
from django.urls import reverse

from warta.articles.models import ArticlePage, ArticleWriter
from warta.newsroom.models import Notification, NotificationKind
from warta.newsroom.notifications import notify
from warta.newsroom.slugs import slug_from_title

MAX_HEADLINE = 255


def notify_assignees(item, actor, before=()):
    """Tell the item's writer and photographer (not those told already)."""
    new = [user for user in item.assignees() if user.pk not in set(before)]
    if not new:
        return []
    with transaction.atomic():
        rows = notify(
            NotificationKind.ASSIGNED,
            item.desk,
            new,
            actor=actor,
            comment=item.slug_line,
        )
        link = reverse("planning:edit", args=[item.pk])
        Notification.objects.filter(pk__in=[row.pk for row in rows]).update(link=link)
    return rows


def headline(item):
    """The draft's working headline: the angle if it is short, else the slug line."""
    angle = " ".join(item.angle.split())
    if angle and len(angle) <= 120:
        return angle
    return item.slug_line


def make_draft(item, user):
    """A draft ArticlePage under the desk, credited to the writer, linked back."""
    desk, title = item.desk, headline(item)[:MAX_HEADLINE]
    with transaction.atomic():
        page = ArticlePage(
            title=title,
            slug=slug_from_title(item.slug_line, desk),
            dek="" if title == " ".join(item.angle.split()) else item.angle,
            live=False,
            owner=item.writer.user if item.writer and item.writer.user_id else user,
        )
        if item.writer_id:
            page.writer_links = [ArticleWriter(person=item.writer)]
        desk.add_child(instance=page)
        page.save_revision(user=user, log_action=True)
        item.page = page
        item.save(update_fields=["page", "updated"])
    return page

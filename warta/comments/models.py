"""Readers' comments on stories: stored as plain text, shown only once approved.

Besides the comments themselves: the per-site moderation mode (a Wagtail site
setting) and the threads an editor closed by hand (``ClosedThread``). Threads
also close by themselves ``WARTA_COMMENTS_CLOSE_AFTER_DAYS`` after publication;
see ``warta.comments.policy``.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from warta.comments.choices import CommentStatus, ModerationMode


class CommentQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=CommentStatus.APPROVED)

    def thread_for(self, page):
        """Approved top-level comments on ``page``, oldest first, each with its
        approved replies in ``thread_replies``: one query, however long."""
        comments = self.approved().filter(page=page).order_by("created_at", "pk")
        threads = {}
        for comment in comments:
            if comment.parent_id is None:
                comment.thread_replies = []
                threads[comment.pk] = comment
            elif parent := threads.get(comment.parent_id):
                parent.thread_replies.append(comment)
        return list(threads.values())

    def by_email(self, email):
        return self.filter(email__iexact=email.strip())


class Comment(models.Model):
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("berita"),
        on_delete=models.CASCADE,
        related_name="reader_comments",
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("membalas"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="replies",
        help_text=_("Satu tingkat balasan saja."),
    )
    name = models.CharField(_("nama"), max_length=80)
    email = models.EmailField(_("email"), help_text=_("Tidak pernah ditampilkan."))
    body = models.TextField(_("komentar"), max_length=3000)
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=CommentStatus.choices,
        default=CommentStatus.PENDING,
        db_index=True,
    )
    created_at = models.DateTimeField(_("waktu"), default=timezone.now, db_index=True)
    report_count = models.PositiveIntegerField(
        _("laporan pembaca"),
        default=0,
        db_index=True,
        help_text=_("Berapa kali pembaca melaporkan komentar ini."),
    )

    objects = CommentQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("komentar")
        verbose_name_plural = _("komentar")
        indexes = [models.Index(fields=["page", "status", "created_at"])]

    def __str__(self):
        return f"{self.name}: {self.body[:40]}"

    @property
    def is_visible(self):
        return self.status == CommentStatus.APPROVED


class ClosedThread(models.Model):
    """A story whose thread an editor closed: the thread stays, posting stops."""

    page = models.OneToOneField(
        "wagtailcore.Page",
        verbose_name=_("berita"),
        on_delete=models.CASCADE,
        related_name="closed_comment_thread",
        help_text=_("Berita yang tidak lagi menerima komentar baru."),
    )
    closed_at = models.DateTimeField(_("ditutup pada"), default=timezone.now)
    note = models.CharField(
        _("catatan"),
        max_length=200,
        blank=True,
        help_text=_("Alasan penutupan, untuk redaksi; tidak tampil bagi pembaca."),
    )

    class Meta:
        verbose_name = _("komentar ditutup")
        verbose_name_plural = _("komentar ditutup")

    def __str__(self):
        return str(self.page)


@register_setting(icon="comment")
class CommentSiteSettings(BaseSiteSetting):
    moderation = models.CharField(
        _("moderasi komentar"),
        max_length=8,
        choices=ModerationMode.choices,
        default=ModerationMode.PRE,
        help_text=_(
            "Pra-moderasi: tidak ada komentar yang tampil sebelum disetujui. "
            "Pasca-moderasi: komentar langsung tampil dan bisa dihapus kemudian."
        ),
    )

    class Meta:
        verbose_name = _("pengaturan komentar")


def thread_closed(queryset):
    """Stories ``queryset`` annotated with ``thread_closed`` (their page view:
    ``warta.core.models.PAGE_VIEW_EXTENSIONS``)."""
    closed = ClosedThread.objects.filter(page_id=models.OuterRef("pk"))
    return queryset.annotate(thread_closed=models.Exists(closed))


def thread_context(page, request):
    """The approved thread under a story that takes comments (``has_comments``)
    and its count with the replies (``PAGE_CONTEXT_EXTENSIONS``)."""
    if not getattr(page, "has_comments", False):
        return {}
    comments = Comment.objects.thread_for(page)
    count = len(comments) + sum(len(comment.thread_replies) for comment in comments)
    return {"comments": comments, "comment_count": count}

"""Readers' comments on stories: stored as plain text, shown only once approved."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from warta.comments.choices import CommentStatus


class CommentQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=CommentStatus.APPROVED)

    def thread_for(self, page):
        """Approved top-level comments on ``page``, oldest first, with replies."""
        replies = models.Prefetch(
            "replies", queryset=self.model.objects.approved().order_by("created_at")
        )
        return (
            self.approved()
            .filter(page=page, parent=None)
            .order_by("created_at")
            .prefetch_related(replies)
        )


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

    objects = CommentQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("komentar")
        verbose_name_plural = _("komentar")
        indexes = [models.Index(fields=["page", "status", "created_at"])]

    def __str__(self):
        return f"{self.name}: {self.body[:40]}"

"""Who works on which section, the review task that follows those desks, and
the notifications the newsroom gets about its stories.

Wagtail grants page permissions to groups, so every (section, role) pair gets
its own small group ("Penulis · Nasional") holding the page permissions on that
section; a ``DeskAssignment`` puts a user in it. The role groups themselves
("Penulis", "Redaktur", …) hold everything that is not tied to a section.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, GroupPagePermission, TaskState

from warta.core.templatetags.warta import tanggal
from warta.newsroom.choices import DeskRole


class DeskAssignment(models.Model):
    """A user's role on one section: the pages they may draft, edit or publish."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("pengguna"),
        on_delete=models.CASCADE,
        related_name="desk_assignments",
    )
    section = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("rubrik"),
        on_delete=models.CASCADE,
        related_name="desk_assignments",
        help_text=_("Rubrik tempat ia bekerja; hak berlaku untuk semua halamannya."),
    )
    role = models.CharField(
        _("peran"),
        max_length=20,
        choices=DeskRole.choices,
        help_text=_("Penulis menulis draf, redaktur menyunting dan menerbitkan."),
    )

    class Meta:
        verbose_name = _("penugasan desk")
        verbose_name_plural = _("penugasan desk")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "section", "role"], name="one_assignment_per_role"
            )
        ]

    def __str__(self):
        return f"{self.user} · {self.get_role_display()} · {self.section.title}"


class SectionReviewTask(AbstractGroupApprovalTask):
    """A group approval limited to the editors who may publish in the section.

    Members of the task's groups review only pages they hold the publish
    permission on, so a Nasional editor is not asked about Olahraga stories.
    """

    def _may_review(self, obj, user):
        if user.is_superuser:
            return True
        in_groups = self.groups.filter(pk__in=user.groups.all()).exists()
        return in_groups and obj.permissions_for_user(user).can_publish()

    def user_can_access_editor(self, obj, user):
        return self._may_review(obj, user)

    def locked_for_user(self, obj, user):
        return not self._may_review(obj, user)

    def user_can_lock(self, obj, user):
        return self._may_review(obj, user)

    def user_can_unlock(self, obj, user):
        return False

    def get_actions(self, obj, user):
        return super().get_actions(obj, user) if self._may_review(obj, user) else []

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        if user.is_superuser:
            return states
        paths = publishable_paths(user)
        keep = [
            state.pk
            for state in states.select_related("workflow_state")
            if any(_page_path(state).startswith(path) for path in paths)
        ]
        return TaskState.objects.filter(pk__in=keep)

    @classmethod
    def get_description(cls):
        return _("Redaktur rubrik menyetujui atau meminta perubahan sebelum terbit.")

    class Meta:
        verbose_name = _("review redaktur rubrik")
        verbose_name_plural = _("review redaktur rubrik")


def publishable_paths(user):
    return list(
        GroupPagePermission.objects.filter(
            group__user=user, permission__codename="publish_page"
        ).values_list("page__path", flat=True)
    )


def _page_path(state):
    page = state.workflow_state.content_object
    return getattr(page, "path", "")


class NotificationKind(models.TextChoices):
    """What happened to a story, as its people are told (admin bell and e-mail)."""

    SUBMITTED = "submitted", _("Menunggu tinjauan Anda")
    CHANGES_REQUESTED = "changes_requested", _("Perubahan diminta")
    APPROVED = "approved", _("Disetujui dan terbit")
    SCHEDULED = "scheduled", _("Disetujui, tayang terjadwal")
    PUBLISHED = "published", _("Terbit")
    WENT_LIVE = "went_live", _("Tayang sesuai jadwal")
    # A story budget line (warta.planning) given to its writer or photographer;
    # ``page`` is the desk's section, ``link`` the plan item.
    ASSIGNED = "assigned", _("Penugasan liputan")


class NotificationQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(recipient=user).select_related("page", "actor__person")

    def unread(self):
        return self.filter(read_at__isnull=True)


class Notification(models.Model):
    """One thing one person in the newsroom should know about one story.

    Made by ``warta.newsroom.notifications`` from the workflow's signals and
    the publish pipeline's ``story_published``; ``warta.newsroom.mail`` sends
    each one by e-mail after the commit.
    """

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("penerima"),
        on_delete=models.CASCADE,
        related_name="newsroom_notifications",
    )
    kind = models.CharField(_("jenis"), max_length=20, choices=NotificationKind)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("berita"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    # The revision it is about: a story approved and published at once is not
    # announced a second time when the publish pipeline reports it.
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("oleh"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    comment = models.TextField(_("komentar"), blank=True)
    # Where a click leads when it is not the story's editor (an admin path).
    link = models.CharField(_("tautan"), max_length=300, blank=True)
    created = models.DateTimeField(_("waktu"), default=timezone.now, db_index=True)
    read_at = models.DateTimeField(_("dibaca"), null=True, blank=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        verbose_name = _("notifikasi")
        verbose_name_plural = _("notifikasi")
        ordering = ["-created", "-pk"]
        indexes = [models.Index(fields=["recipient", "read_at"])]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.page.title} → {self.recipient}"

    @property
    def actor_name(self):
        return display_name(self.actor)

    def summary(self):
        """One Indonesian sentence: who did what, with the editor's comment."""
        values = {"actor": self.actor_name, "title": self.page.title}
        revision = self.revision
        when = revision.approved_go_live_at if revision else None
        values["when"] = tanggal(when or self.page.last_published_at or self.created)
        if self.kind == NotificationKind.ASSIGNED:
            return _(
                "%(actor)s menugasi Anda meliput “%(comment)s” untuk desk %(title)s."
            ) % {**values, "comment": self.comment}
        if self.kind == NotificationKind.CHANGES_REQUESTED and self.comment:
            return _("Redaktur %(actor)s meminta perubahan: %(comment)s") % {
                **values,
                "comment": self.comment,
            }
        return SUMMARIES[self.kind] % values


def display_name(user):
    """The name the newsroom knows someone by: the person's, else the login's."""
    if user is None:
        return ""
    person = getattr(user, "person", None)
    name = (person.name if person else "") or user.get_full_name()
    return name or user.get_username()


SUMMARIES = {
    NotificationKind.SUBMITTED: _("%(actor)s mengirim “%(title)s” untuk direview."),
    NotificationKind.CHANGES_REQUESTED: _(
        "Redaktur %(actor)s meminta perubahan pada “%(title)s”."
    ),
    NotificationKind.APPROVED: _(
        "Redaktur %(actor)s menyetujui dan menerbitkan “%(title)s”."
    ),
    NotificationKind.SCHEDULED: _(
        "Redaktur %(actor)s menyetujui “%(title)s”; tayang %(when)s."
    ),
    NotificationKind.PUBLISHED: _("%(actor)s menerbitkan “%(title)s”."),
    NotificationKind.WENT_LIVE: _("“%(title)s” tayang sesuai jadwal, %(when)s."),
}

"""Who works on which section, and the review task that follows those desks.

Wagtail grants page permissions to groups, so every (section, role) pair gets
its own small group ("Penulis · Nasional") holding the page permissions on that
section; a ``DeskAssignment`` puts a user in it. The role groups themselves
("Penulis", "Redaktur", …) hold everything that is not tied to a section.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, GroupPagePermission, TaskState

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

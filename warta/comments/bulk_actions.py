"""Moderation in bulk from the comment queue: approve, reject, spam, forget.

Wagtail's own "Delete" bulk action also applies (comments are snippets); it
deletes through the ORM, so ``post_delete`` still notifies ``thread_changed``.
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction

from warta.comments import actions
from warta.comments.choices import CommentStatus
from warta.comments.models import Comment


class CommentBulkAction(SnippetBulkAction):
    models = [Comment]
    template_name = "comments/admin/confirm_bulk_action.html"
    permission = "change"
    question = ""

    def check_perm(self, obj):
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, self.permission, obj
        )

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "action": self}


class StatusBulkAction(CommentBulkAction):
    status = None
    done = ""

    @classmethod
    def execute_action(cls, objects, **kwargs):
        return actions.set_status(objects, cls.status), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return self.done % {"count": num_parent_objects}


class ApproveBulkAction(StatusBulkAction):
    display_name = _("Setujui")
    action_type = "approve"
    aria_label = _("Setujui komentar terpilih")
    action_priority = 10
    status = CommentStatus.APPROVED
    question = _("Setujui komentar ini? Komentar akan tampil di bawah berita.")
    done = _("%(count)d komentar disetujui.")


class RejectBulkAction(StatusBulkAction):
    display_name = _("Tolak")
    action_type = "reject"
    aria_label = _("Tolak komentar terpilih")
    action_priority = 11
    status = CommentStatus.REJECTED
    question = _("Tolak komentar ini? Komentar tidak akan tampil.")
    done = _("%(count)d komentar ditolak.")


class SpamBulkAction(StatusBulkAction):
    display_name = _("Tandai spam")
    action_type = "spam"
    aria_label = _("Tandai komentar terpilih sebagai spam")
    action_priority = 12
    status = CommentStatus.SPAM
    question = _("Tandai komentar ini sebagai spam? Komentar tidak akan tampil.")
    done = _("%(count)d komentar ditandai spam.")


class ForgetBulkAction(CommentBulkAction):
    """The privacy request: every comment by these authors' emails, gone for good."""

    display_name = _("Hapus semua dari email ini")
    action_type = "forget"
    aria_label = _("Hapus permanen semua komentar dari email penulis komentar terpilih")
    action_priority = 40
    classes = {"serious"}
    permission = "delete"
    question = _(
        "Hapus permanen SEMUA komentar dari alamat email penulis komentar ini, "
        "beserta balasan di bawahnya? Tindakan ini tidak bisa dibatalkan."
    )

    @classmethod
    def execute_action(cls, objects, **kwargs):
        own = replies = 0
        for email in {comment.email.lower() for comment in objects}:
            mine, theirs = actions.forget_commenter(email)
            own, replies = own + mine, replies + theirs
        return own, replies

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d komentar dihapus permanen (dan %(replies)d balasan).",
            "%(count)d komentar dihapus permanen (dan %(replies)d balasan).",
            num_parent_objects,
        ) % {"count": num_parent_objects, "replies": num_child_objects}


BULK_ACTIONS = [ApproveBulkAction, RejectBulkAction, SpamBulkAction, ForgetBulkAction]

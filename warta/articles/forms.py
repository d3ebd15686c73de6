"""The article editor's form: who may clear the "Masih diverifikasi" notice.

A writer may raise the notice but not clear it: when the story carries it and
the user lacks ``trust.clear_verification``, the field is disabled, so Django
ignores whatever the browser sends for it (server-side, not just in the UI).
An editor who clears it is written to the page's history as
``warta.verification_cleared`` (the log action is registered in
``warta.trust.wagtail_hooks``).
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

CLEAR_PERMISSION = "trust.clear_verification"
VERIFICATION_CLEARED = "warta.verification_cleared"


class ArticlePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("needs_verification")
        self.verification_was_on = bool(
            self.instance.pk and self.instance.needs_verification
        )
        if field is not None and self.verification_was_on and not self.may_clear():
            field.disabled = True
            field.help_text = _(
                "Hanya redaktur yang dapat menghapus pemberitahuan ini."
            )

    def may_clear(self):
        user = self.for_user
        return bool(user and user.has_perm(CLEAR_PERMISSION))

    def save(self, commit=True):
        page = super().save(commit=commit)
        if self.verification_was_on and not page.needs_verification and page.pk:
            from wagtail.log_actions import log

            log(instance=page, action=VERIFICATION_CLEARED, user=self.for_user)
        return page

"""The article editor's form: who may clear the "Masih diverifikasi" notice.

A writer may raise the notice but not clear it: when the story carries it and
the user lacks ``trust.clear_verification``, the field is disabled, so Django
ignores whatever the browser sends for it (server-side, not just in the UI).
An editor who clears it is written to the page's history as
``warta.verification_cleared`` (the log action is registered in
``warta.trust.wagtail_hooks``).

A person is a story's writer once. The writers' formset checks its own rows,
but a writer row the browser did not send stays on the story, so the same
person posted as a new row was a database error (a 500); ``clean`` counts
the rows that stay as well and says which name is twice.
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

    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get("writer_links")
        if formset is not None and formset.is_valid():
            twice = _twice(_writers_after_save(formset))
            if twice:
                self.add_error(
                    None,
                    _("%(name)s tercantum dua kali sebagai penulis.") % {"name": twice},
                )
        return cleaned

    def may_clear(self):
        user = self.for_user
        return bool(user and user.has_perm(CLEAR_PERMISSION))

    def save(self, commit=True):
        page = super().save(commit=commit)
        if self.verification_was_on and not page.needs_verification and page.pk:
            from wagtail.log_actions import log

            log(instance=page, action=VERIFICATION_CLEARED, user=self.for_user)
        return page


def _writers_after_save(formset):
    """The people the story's writer rows name once the formset is saved: the
    rows it sends and keeps, and the stored rows it does not send (rows with
    no id yet, from a draft's revision, are replaced by what it sends)."""
    sent = {form.instance.pk for form in formset.initial_forms if form.instance.pk}
    kept = [
        link.person
        for link in formset.get_queryset()
        if link.pk is not None and link.pk not in sent and link.person_id
    ]
    deleted = set(formset.deleted_forms)
    posted = [
        form.cleaned_data["person"]
        for form in formset.forms
        if form not in deleted and form.cleaned_data.get("person")
    ]
    return kept + posted


def _twice(people):
    seen = set()
    for person in people:
        if person.pk in seen:
            return person.name
        seen.add(person.pk)
    return None

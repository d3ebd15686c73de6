"""What Wagtail's autosave may and may not do to a story.

Wagtail 8's page editor autosaves (``WAGTAIL_AUTOSAVE_INTERVAL``, 500 ms by
default): its ``w-autosave`` controller posts the whole edit form with
``Accept: application/json`` (and ``overwrite_revision_id`` once it has
saved), and the edit view runs its plain "save draft" action: the form is
saved into a revision (the same one, overwritten, for the rest of the editing
session), and ``save_revision`` sets ``has_unpublished_changes``. Two things
follow that a person never asked for:

- **A live story became "AKTIF + KONSEP"** as soon as an autosave ran, so the
  listings showed a draft nobody saved, and the next editor opened and
  published whatever was typed. Here an autosave of a live story is kept
  apart: the revision is stored (nothing typed is lost; it is in *Riwayat*
  and the editor offers it back), but the story stays plainly live. It
  becomes a draft only when the person clicks *Simpan draf*. A live story
  that already had a draft goes on being that draft.
- **An unconfirmed go-live time was stored**: the schedule dialog's fields
  are part of the form, so whatever was typed there went into the revision,
  and a later *Terbitkan* scheduled the story instead. Here an autosave
  keeps the schedule the story had; only a deliberate save (the dialog's
  *Simpan jadwal*, *Simpan draf*, *Terbitkan*) changes it.
"""

from django.db.models import F
from django.utils.timezone import localtime
from wagtail import hooks
from wagtail.admin.widgets import AdminDateTimeInput
from wagtail.models import Page

SCHEDULE_FIELDS = ("go_live_at", "expire_at")


def is_autosave(request):
    """The editor's autosave: a POST that asks for JSON (a person's own
    submit asks for HTML) and names no button (``action-publish`` …)."""
    if request.method != "POST" or request.accepts("text/html"):
        return False
    return not any(name.startswith("action-") for name in request.POST)


def _keep_in_post(request, values):
    post = request.POST.copy()
    for name, value in values.items():
        if name in post:
            post[name] = value
    request.POST = post


def _as_typed(value):
    """A stored time as the schedule dialog's field writes it."""
    return AdminDateTimeInput().format_value(localtime(value)) if value else ""


@hooks.register("before_edit_page")
def autosave_keeps_schedule(request, page):
    if not is_autosave(request):
        return None
    request.warta_had_draft = page.has_unpublished_changes
    _keep_in_post(
        request, {name: _as_typed(getattr(page, name)) for name in SCHEDULE_FIELDS}
    )
    return None


@hooks.register("before_create_page")
def first_autosave_keeps_no_schedule(request, parent_page, page_class):
    if is_autosave(request):
        _keep_in_post(request, dict.fromkeys(SCHEDULE_FIELDS, ""))
    return None


@hooks.register("after_edit_page")
def autosave_leaves_live_story_live(request, page):
    """After the autosave's revision: a live story with no draft before
    stays without one (the revision is kept, in *Riwayat*)."""
    if not is_autosave(request) or not page.live:
        return None
    if getattr(request, "warta_had_draft", True):
        return None
    # save_revision also set the explorer's title to the typed one.
    Page.objects.filter(pk=page.pk).update(
        has_unpublished_changes=False, draft_title=F("title")
    )
    page.has_unpublished_changes = False
    return None


def unpublished_autosave(page):
    """The autosaved revision a live story keeps apart (newer than what is
    live, not its draft), or None: the editor offers it back."""
    if not page.live or page.has_unpublished_changes:
        return None
    latest = page.latest_revision
    if latest is None or latest.pk == page.live_revision_id:
        return None
    return latest

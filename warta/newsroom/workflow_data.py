"""The editor footer's workflow action data, checked before Wagtail reads it.

Approving or requesting changes from the editor's footer posts the dialog's
fields as JSON in ``workflow-action-extra-data``; Wagtail's edit views
``json.loads`` it and pass every key on to ``Task.on_action``. Anything but an
object holding at most a ``comment`` string (broken JSON, a list, a key such as
``update``) was a 500. It is a 400 with a plain Indonesian message here, before
the draft or the workflow is touched.
"""

import json

from django.http import HttpResponseBadRequest
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail import hooks

FIELD = "workflow-action-extra-data"
ALLOWED = {"comment"}
MAX_COMMENT = 10_000  # characters; a review comment, not a document


def problem(raw):
    """Why the posted data is refused, or None when it is what the dialog sends."""
    try:
        data = json.loads(raw)
    except ValueError:
        return _("Data tindakan alur kerja tidak terbaca.")
    if not isinstance(data, dict) or set(data) - ALLOWED:
        return _("Data tindakan alur kerja hanya boleh berisi komentar.")
    comment = data.get("comment", "")
    if not isinstance(comment, str) or len(comment) > MAX_COMMENT:
        return _("Komentar harus berupa teks, paling banyak %(max)s karakter.") % {
            "max": f"{MAX_COMMENT:,}".replace(",", "."),
        }
    return None


def refuse_bad_workflow_data(request, *args):
    # Wagtail reads the field only with a workflow action; its script adds the
    # field only after the action's dialog (an action without one sends none).
    if request.method != "POST" or "action-workflow-action" not in request.POST:
        return None
    if FIELD not in request.POST:
        return None
    reason = problem(request.POST[FIELD])
    if reason is None:
        return None
    return HttpResponseBadRequest(
        format_html(
            '<!doctype html><html lang="id"><title>{}</title><p>{}</p><p>{}</p></html>',
            _("Permintaan tidak valid"),
            reason,
            _("Muat ulang halaman penyunting lalu coba lagi."),
        )
    )


hooks.register("before_edit_page", refuse_bad_workflow_data)
hooks.register("before_edit_snippet", refuse_bad_workflow_data)

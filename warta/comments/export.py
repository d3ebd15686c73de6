"""A reader's data export, the counterpart of ``forget_commenter`` (the erasure).

Everything we hold about a commenter is their comments: the name and e-mail
typed in, the text, the story, when, and what moderation made of it. The
export gathers those for one address (any letter case, as the erasure finds
them). Readers ask for it at ``/komentar/data-saya/``; it goes by e-mail to
that address only, so nobody reads another's comments by typing their address.
An operator asked by letter runs ``warta export_commenter EMAIL``.

The form's limits are in ``warta.comments.ratelimit.allow_export``.
"""

import json
import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.utils import timezone
from django.utils.translation import gettext as _

from warta.comments.models import Comment

logger = logging.getLogger("warta.comments.export")
FILENAME = "data-komentar.json"


def commenter_data(email):
    """What we hold about ``email``: one dict per comment, oldest first."""
    comments = (
        Comment.objects.by_email(email)
        .select_related("page")
        .order_by("created_at", "pk")
    )
    base = settings.WARTA_BASE_URL.rstrip("/")
    return [
        {
            "id": comment.pk,
            "waktu": timezone.localtime(comment.created_at).isoformat(),
            "berita": comment.page.title,
            "alamat_berita": base + (comment.page.url or ""),
            "nama": comment.name,
            "email": comment.email,
            "komentar": comment.body,
            "status": comment.get_status_display(),
            "membalas": comment.parent_id,
            "laporan_pembaca": comment.report_count,
        }
        for comment in comments
    ]


def as_json(email, items):
    return json.dumps(
        {"email": email.strip(), "komentar": items}, ensure_ascii=False, indent=2
    )


def send_export(email):
    """Mail the export to ``email`` if it wrote anything; returns the count."""
    items = commenter_data(email)
    if not items:
        return 0
    paper = settings.WARTA_SITE_NAME
    body = _(
        "Halo,\n\nAnda (atau seseorang yang memakai alamat ini) meminta data "
        "komentar yang disimpan %(paper)s untuk alamat email ini. Kami menyimpan "
        "%(count)d komentar: nama dan email yang Anda isi, isi komentar, berita, "
        "waktu, dan status moderasinya. Semuanya ada di lampiran %(file)s.\n\n"
        "Ingin semua komentar ini dihapus permanen? Balas email ini; redaksi "
        "akan menghapusnya.\n\nJika Anda tidak meminta data ini, abaikan email "
        "ini.\n\n%(paper)s"
    ) % {"paper": paper, "count": len(items), "file": FILENAME}
    message = EmailMessage(
        subject=_("Data komentar Anda di %(paper)s") % {"paper": paper},
        body=body,
        to=[email.strip()],
        reply_to=[settings.DEFAULT_FROM_EMAIL],
    )
    message.attach(FILENAME, as_json(email, items), "application/json")
    try:
        message.send()
    except Exception as error:  # any backend: one line; the reader's answer stays
        logger.warning("data export mail failed: %s", type(error).__name__)
    return len(items)

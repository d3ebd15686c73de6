"""What the Press Council's rule on AI (Peraturan Dewan Pers 1/2025) asks
before a story goes out: every AI assistance recorded on it (``AIUse``) was
checked by an editor, and every picture it shows that was made with AI
(``WartaImage.ai_generated``) is accounted for by a record of that use.

Readers see the picture's label wherever it is shown (``caption.html``) and
the story's record at its foot (``ai_use.html``); this check makes sure the
record is there and checked. ``warta.newsroom.credits.publish_refusal`` asks
it for a publish, a schedule and an approval alike.
"""

from django.utils.translation import gettext as _

from warta.trust.choices import AITask


def refusal_message(page, pictures):
    """Why ``page`` may not go out under the rule (Indonesian), or None.
    ``pictures``: the library pictures the story shows."""
    uses = list(page.ai_uses.all())
    unchecked = [use for use in uses if use.checked_by_id is None]
    if unchecked:
        names = ", ".join(f"“{use.tool}”" for use in unchecked)
        return _(
            "Belum diterbitkan: penggunaan AI %(names)s belum diperiksa redaktur. "
            "Isi “Diperiksa redaktur” di bagian Penggunaan AI. Draf sudah disimpan."
        ) % {"names": names}
    if any(use.task == AITask.IMAGE for use in uses):
        return None
    made = {image.pk: image for image in pictures if image.ai_generated}
    if made:
        names = ", ".join(f"“{image.title}”" for image in made.values())
        return _(
            "Belum diterbitkan: gambar %(names)s dibuat dengan AI. Catat "
            "penggunaannya di bagian Penggunaan AI (Gambar atau ilustrasi buatan "
            "AI) dengan redaktur yang memeriksanya. Draf sudah disimpan."
        ) % {"names": names}
    return None

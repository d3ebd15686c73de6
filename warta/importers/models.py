"""What the importers brought in, so a second run creates nothing twice.

One row per imported thing (a WordPress post, author, category, attachment or
comment; a saved article page), keyed by where it came from. ``fingerprint``
is a digest of the source data last written, ``revision_id`` the page revision
the importer itself saved: a later revision means an editor changed the page,
and the importer then leaves it alone.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportRecord(models.Model):
    source = models.CharField(_("sumber"), max_length=20)
    kind = models.CharField(_("jenis"), max_length=20)
    external_id = models.CharField(_("ID asal"), max_length=255)
    object_id = models.PositiveBigIntegerField(_("ID di Warta"), null=True)
    fingerprint = models.CharField(_("sidik isi"), max_length=64, blank=True)
    revision_id = models.PositiveBigIntegerField(_("revisi impor"), null=True)
    created_at = models.DateTimeField(_("diimpor pada"), auto_now_add=True)
    updated_at = models.DateTimeField(_("diperbarui pada"), auto_now=True)

    class Meta:
        verbose_name = _("catatan impor")
        verbose_name_plural = _("catatan impor")
        constraints = [
            models.UniqueConstraint(
                fields=["source", "kind", "external_id"], name="import_record_key"
            )
        ]

    def __str__(self):
        return f"{self.source}:{self.kind}:{self.external_id}"

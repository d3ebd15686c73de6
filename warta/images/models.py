"""Images carry their credit, so it follows the picture wherever it is used."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image

from warta.images import metadata


class WartaImage(AbstractImage):
    credit = models.CharField(
        _("kredit foto"),
        max_length=255,
        blank=True,
        help_text=_(
            "Siapa pemilik atau pemasok foto, seperti ANTARA/HO/HUMAS KEMENLU. "
            "Tampil sebagai “Foto : …” di mana pun foto dipakai."
        ),
    )

    ai_generated = models.BooleanField(
        _("dibuat dengan AI"),
        default=False,
        help_text=_(
            "Gambar ini dibuat atau diubah dengan kecerdasan artifisial. Di mana "
            "pun dipakai, pembaca melihat label “Ilustrasi dibuat dengan AI”. "
            "Terisi sendiri bila berkasnya menyebutnya (IPTC/C2PA)."
        ),
    )

    admin_form_fields = Image.admin_form_fields + ("credit", "ai_generated")

    _stored_file_name = None  # the file's name as read from the database

    @classmethod
    def from_db(cls, db, field_names, values):
        image = super().from_db(db, field_names, values)
        image._stored_file_name = image.file.name
        return image

    def save(self, *args, **kwargs):
        """A new file (an upload, an import, a replaced picture) is stored
        without its GPS, camera and Artist metadata (``metadata.py``); one
        whose metadata says it was made by AI is marked so first."""
        if self.file and self.file.name != self._stored_file_name:
            if metadata.made_with_ai(self):
                self.ai_generated = True
            metadata.strip(self)
        super().save(*args, **kwargs)
        self._stored_file_name = self.file.name

    class Meta(AbstractImage.Meta):
        verbose_name = _("gambar")
        verbose_name_plural = _("gambar")


class WartaRendition(AbstractRendition):
    image = models.ForeignKey(
        WartaImage, on_delete=models.CASCADE, related_name="renditions"
    )

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)

"""Images carry their credit, so it follows the picture wherever it is used."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image


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

    admin_form_fields = Image.admin_form_fields + ("credit",)

    class Meta(AbstractImage.Meta):
        verbose_name = _("gambar")
        verbose_name_plural = _("gambar")


class WartaRendition(AbstractRendition):
    image = models.ForeignKey(
        WartaImage, on_delete=models.CASCADE, related_name="renditions"
    )

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)

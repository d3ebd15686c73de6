from django.db import models
from django.utils.translation import gettext_lazy as _


class CorrectionKind(models.TextChoices):
    CORRECTION = "ralat", _("Ralat")
    REPLY = "hak_jawab", _("Hak jawab")


class AITask(models.TextChoices):
    """What an AI tool did in a story (Peraturan Dewan Pers 1/2025)."""

    TRANSCRIPTION = "transkripsi", _("Transkripsi rekaman")
    TRANSLATION = "terjemahan", _("Terjemahan")
    SUMMARY = "ringkasan", _("Ringkasan")
    EDITING = "penyuntingan", _("Penyuntingan bahasa")
    DATA = "data", _("Pengolahan data")
    IMAGE = "gambar", _("Gambar atau ilustrasi buatan AI")
    OTHER = "lainnya", _("Lainnya")

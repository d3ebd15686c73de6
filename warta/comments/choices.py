from django.db import models
from django.utils.translation import gettext_lazy as _


class CommentStatus(models.TextChoices):
    PENDING = "pending", _("Menunggu moderasi")
    APPROVED = "approved", _("Disetujui")
    REJECTED = "rejected", _("Ditolak")
    SPAM = "spam", _("Spam")


class ModerationMode(models.TextChoices):
    PRE = "pre", _("Pra-moderasi: komentar tampil setelah disetujui")
    POST = "post", _("Pasca-moderasi: komentar langsung tampil, moderator menyaring")

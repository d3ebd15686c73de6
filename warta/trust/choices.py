from django.db import models
from django.utils.translation import gettext_lazy as _


class CorrectionKind(models.TextChoices):
    CORRECTION = "ralat", _("Ralat")
    REPLY = "hak_jawab", _("Hak jawab")

from django.db import models
from django.utils.translation import gettext_lazy as _


class Channel(models.TextChoices):
    WEB = "web", _("Web")
    PRINT = "print", _("Cetak")
    BOTH = "both", _("Web dan cetak")

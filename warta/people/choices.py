from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    WRITER = "penulis", _("Penulis")
    EDITOR = "redaktur", _("Redaktur")
    PHOTOGRAPHER = "fotografer", _("Fotografer")
    COLUMNIST = "kolumnis", _("Kolumnis")

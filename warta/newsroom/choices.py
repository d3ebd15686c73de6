from django.db import models
from django.utils.translation import gettext_lazy as _


class DeskRole(models.TextChoices):
    WRITER = "Penulis", _("Penulis")
    EDITOR = "Redaktur", _("Redaktur")
    PHOTOGRAPHER = "Fotografer", _("Fotografer")

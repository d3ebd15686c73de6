from django.db import models
from django.utils.translation import gettext_lazy as _


class ArticleType(models.TextChoices):
    NEWS = "berita", _("Berita")
    OPINION = "opini", _("Opini")
    ANALYSIS = "analisis", _("Analisis")
    INTERVIEW = "wawancara", _("Wawancara")

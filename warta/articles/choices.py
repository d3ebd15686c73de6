from django.db import models
from django.utils.translation import gettext_lazy as _


class ArticleType(models.TextChoices):
    NEWS = "berita", _("Berita")
    OPINION = "opini", _("Opini")
    ANALYSIS = "analisis", _("Analisis")
    INTERVIEW = "wawancara", _("Wawancara")
    ADVERTORIAL = "advertorial", _("Advertorial / Konten Sponsor")


# Types a reader must be told about above the headline and on every card.
LABELLED_TYPES = {
    ArticleType.OPINION,
    ArticleType.ANALYSIS,
    ArticleType.INTERVIEW,
    ArticleType.ADVERTORIAL,
}

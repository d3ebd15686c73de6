"""A weekend edition's metadata (``warta.core.seo``): its intro, its cover as
the share picture, its breadcrumbs."""

from warta.core import seo
from warta.images.seo import CardPictureMixin


class EditionSeoMixin(CardPictureMixin, seo.SeoMixin):
    def seo_summary(self):
        return seo.plain_text(self.intro)

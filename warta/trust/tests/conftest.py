"""The newsroom's role fixtures (staff on their desks, drafts) for trust tests."""

import pytest
from django.core.cache import cache

from warta.newsroom.tests.conftest import (  # noqa: F401
    article_form,
    desks,
    make_draft,
    make_staff,
)


@pytest.fixture
def page_cache(settings):
    settings.WARTA_PAGE_CACHE = True
    settings.WARTA_PAGE_CACHE_SECONDS = 3600
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def demo(db):
    """The demo paper's trust items, by what they are."""
    from warta.articles.models import ArticlePage
    from warta.trust.models import LiveReportPage

    def article(slug):
        return ArticlePage.objects.get(slug=slug)

    return {
        "corrected": article("vaksinasi-campak-rubela-sekolah-dasar-ntt-diperluas"),
        "replied": article("revitalisasi-pasar-lama-cempaka-molor-pedagang-mengeluh"),
        "reply": article("hak-jawab-graha-bangun-sentosa-revitalisasi-pasar-cempaka"),
        "unverified": article("tanggul-irigasi-jebol-sukamaju-puluhan-rumah-terendam"),
        "advertorial": article("koperasi-tani-sejahtera-luncurkan-aplikasi-pupuk"),
        "taken_down": article("kecelakaan-bus-sekolah-di-tanjakan-cikuda"),
        "live": LiveReportPage.objects.get(
            slug="langsung-arus-balik-libur-panjang-tol-trans-jawa"
        ),
    }

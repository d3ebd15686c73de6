"""The paper's identity (Pengaturan → Identitas koran) as readers see it."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Site

from warta.delivery import keys
from warta.sections.models import CHROME_SURFACE, PaperIdentity

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _forget_the_kept_chrome():
    """Rolled-back identities must not stay kept for the next test."""
    yield
    keys.bump([CHROME_SURFACE])


@pytest.fixture
def identity(home):
    return PaperIdentity.for_site(Site.objects.get(is_default_site=True))


def html(client, url="/"):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_the_demo_paper_shows_its_wordmark_icons_font_and_manifest(client, home):
    page = html(client)
    assert 'class="logo" src="/static/warta/logo.svg"' in page
    assert 'alt="Harian Warta"' in page
    assert 'rel="icon" href="/static/warta/icons/favicon.svg"' in page
    assert 'rel="apple-touch-icon"' in page
    assert 'rel="manifest" href="/manifest.webmanifest"' in page
    assert page.count('rel="preload"') == 1
    assert "source-serif-4-latin-wght-normal.woff2" in page
    assert "/warna.css" not in page  # the stylesheet's own colour
    manifest = client.get("/manifest.webmanifest")
    assert manifest["Content-Type"] == "application/manifest+json"
    assert manifest.json()["name"] == "Harian Warta"
    assert manifest.json()["theme_color"] == "#b0131c"


def test_a_new_name_tagline_and_colour_show_on_every_page_at_once(
    client, home, identity
):
    html(client)  # kept and in the page cache
    identity.name = "Harian Nusantara Pos"
    identity.tagline = "Suara dari timur"
    identity.brand_colour = "#0B4F8C"
    identity.masthead = "PT Nusantara Pos Media\nJl. Pelabuhan 3, Makassar"
    identity.full_clean()
    identity.save()

    page = html(client)
    assert '<span class="wordmark">Harian Nusantara Pos</span>' in page
    assert "logo.svg" not in page  # our wordmark spells another name
    assert "Suara dari timur" in page
    assert "PT Nusantara Pos Media<br>Jl. Pelabuhan 3, Makassar" in page
    assert '<meta name="theme-color" content="#0b4f8c">' in page
    assert 'href="/warna.css?w=0b4f8c"' in page
    css = client.get("/warna.css?w=0b4f8c")
    assert css["Content-Type"].startswith("text/css")
    assert css.content.decode().strip() == ":root { --brand: #0b4f8c; }"
    assert "Harian Nusantara Pos" in html(client, home.sections().first().url)
    assert client.get("/manifest.webmanifest").json()["name"] == "Harian Nusantara Pos"


def test_a_colour_too_light_to_read_on_white_is_refused_with_the_ratio(identity):
    identity.brand_colour = "#f5a623"
    with pytest.raises(ValidationError) as refused:
        identity.full_clean()
    (message,) = refused.value.message_dict["brand_colour"]
    assert "kontrasnya 2,0:1" in message and "4,5:1" in message


def test_a_malformed_colour_gets_the_fields_own_message(identity):
    identity.brand_colour = "merah"
    with pytest.raises(ValidationError) as refused:
        identity.full_clean()
    assert "#RRGGBB" in refused.value.message_dict["brand_colour"][0]


def test_an_uploaded_logo_replaces_the_wordmark(client, home, identity):
    from warta.images.models import WartaImage

    identity.logo = WartaImage.objects.first()
    identity.save()
    page = html(client)
    assert "logo.svg" not in page
    assert 'class="logo" src="/media/images/' in page
    assert 'height="96"' in page


def test_the_identity_is_edited_in_the_admin_settings(admin_client, identity):
    url = f"/admin/settings/sections/paperidentity/{identity.site_id}/"
    response = admin_client.get(url)
    assert response.status_code == 200
    assert "Warna utama" in response.content.decode()

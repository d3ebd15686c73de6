"""The paper's own pages (Redaksi, Kontak...): editable, rendered, in the footer."""

import pytest
from django.utils.html import escape

from warta.delivery import keys
from warta.sections.models import CHROME_SURFACE, HomePage, InfoPage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _forget_the_kept_chrome():
    yield
    keys.bump([CHROME_SURFACE])


def test_redaksi_renders_its_masthead_roles_and_names(client, home):
    redaksi = InfoPage.objects.get(slug="redaksi")
    page = client.get(redaksi.url).content.decode()
    assert "<h1" in page and ">Redaksi</h1>" in page
    roles = [line["role"] for line in redaksi.body[1].value]
    assert roles[:2] == ["Pemimpin Redaksi", "Wakil Pemimpin Redaksi"]
    for line in redaksi.body[1].value:
        assert f'<dt class="masthead-list__role">{escape(line["role"])}</dt>' in page
        assert escape(", ".join(line["names"])) in page


def test_pedoman_media_siber_links_the_press_council(client, home):
    page = client.get(InfoPage.objects.get(slug="pedoman-media-siber").url)
    assert 'href="https://dewanpers.or.id/"' in page.content.decode()


def test_every_page_links_the_info_pages_in_tree_order(client, home):
    section = home.sections().first()
    page = client.get(section.url).content.decode()
    footer = page[page.index('<footer class="footer">') :]
    positions = [
        footer.index(f'href="{p.url}"') for p in InfoPage.objects.order_by("path")
    ]
    assert len(positions) == 6 and positions == sorted(positions)


def test_a_new_info_page_is_in_the_footer_once_published(client, home):
    client.get("/")
    page = InfoPage(title="Karier", slug="karier", intro="Bergabung dengan redaksi.")
    home.add_child(instance=page)
    page.save_revision().publish()
    assert 'href="/karier/">Karier</a>' in client.get("/").content.decode()
    page.unpublish()
    assert 'href="/karier/"' not in client.get("/").content.decode()


def test_editors_add_info_pages_under_the_home_page_and_edit_them(admin_client, home):
    assert InfoPage.can_create_at(home)
    assert not InfoPage.can_create_at(home.sections().first())
    kontak = InfoPage.objects.get(slug="kontak")
    response = admin_client.get(f"/admin/pages/{kontak.pk}/edit/")
    assert response.status_code == 200
    assert "Susunan redaksi" in response.content.decode()  # the masthead block
    add = admin_client.get(f"/admin/pages/add/sections/infopage/{home.pk}/")
    assert add.status_code == 200
    assert HomePage.objects.count() == 1

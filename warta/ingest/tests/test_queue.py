"""The Kawat queue in the admin, and wire drafts staying off the public site."""

import pytest
from django.urls import reverse

from warta.ingest.models import WireItem, WireStatus
from warta.newsroom import roles

pytestmark = pytest.mark.django_db


@pytest.fixture
def imported(feeds, ingest):
    ingest(feeds / "rss.xml")
    ingest(feeds / "hostile" / "campuran.xml")
    return WireItem.objects.get(guid="kawat-contoh-1001")


@pytest.mark.parametrize("role", [roles.EDITOR, roles.MANAGING_EDITOR])
def test_editors_see_the_queue_newest_first(role, client, make_staff, imported):
    client.force_login(make_staff(role))
    response = client.get(reverse("ingest_queue"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Kawat" in html
    for heading in ("Kantor berita", "Judul", "Diterima", "Versi", "Status", "Aksi"):
        assert heading in html
    assert imported.headline in html
    assert "Antara" in html and "Baru" in html
    assert reverse("wagtailadmin_pages:edit", args=[imported.page_id]) in html
    assert "Ambil" in html
    items = list(response.context["items"])
    assert items == sorted(
        items, key=lambda i: (i.last_received_at, i.pk), reverse=True
    )
    # The failures of the last runs are there for editors too.
    assert 'id="gagal"' in html
    assert "campur-tanpa-judul" in html and "judul kosong" in html
    # And the menu has the item.
    assert '"url": "/admin/kawat/"' in client.get("/admin/").content.decode()


def test_take_records_the_editor_and_opens_the_page_editor(
    client, make_staff, imported
):
    editor = make_staff(roles.EDITOR)
    client.force_login(editor)
    response = client.post(reverse("ingest_take", args=[imported.pk]))
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_pages:edit", args=[imported.page_id])
    assert client.get(response.url).status_code == 200
    imported.refresh_from_db()
    assert imported.taken_by == editor and imported.taken_at is not None
    assert imported.status == WireStatus.TAKEN
    html = client.get(reverse("ingest_queue")).content.decode()
    assert "Diambil" in html

    # A second editor is told who has it; the first stays recorded.
    other = make_staff(roles.EDITOR)
    client.force_login(other)
    client.post(reverse("ingest_take", args=[imported.pk]))
    imported.refresh_from_db()
    assert imported.taken_by == editor

    # Published from the editor: the queue says Terbit.
    imported.page.specific.save_revision().publish()
    imported.refresh_from_db()
    assert imported.status == WireStatus.PUBLISHED
    assert "Terbit" in client.get(reverse("ingest_queue")).content.decode()


def test_take_is_a_post(client, make_staff, imported):
    client.force_login(make_staff(roles.EDITOR))
    assert client.get(reverse("ingest_take", args=[imported.pk])).status_code == 405


def test_a_writer_gets_403(client, make_staff, imported):
    client.force_login(make_staff(roles.WRITER))
    assert client.get(reverse("ingest_queue")).status_code == 403
    assert client.post(reverse("ingest_take", args=[imported.pk])).status_code == 403
    assert client.post(reverse("ingest_apply", args=[imported.pk])).status_code == 403
    imported.refresh_from_db()
    assert imported.taken_by is None
    assert '"url": "/admin/kawat/"' not in client.get("/admin/").content.decode()


def test_an_editor_of_another_desk_cannot_take_it(client, make_staff, imported):
    from warta.sections.models import SectionPage

    olahraga = SectionPage.objects.get(slug="olahraga")
    client.force_login(make_staff(roles.EDITOR, desk=olahraga))
    assert client.get(reverse("ingest_queue")).status_code == 200
    assert client.post(reverse("ingest_take", args=[imported.pk])).status_code == 403


def test_anonymous_visitors_are_sent_to_the_login(client, imported):
    response = client.get(reverse("ingest_queue"))
    assert response.status_code == 302 and "/admin/login/" in response.url


def test_a_wire_draft_is_not_on_the_public_site(client, imported, nasional):
    page = imported.page.specific
    url = nasional.url + page.slug + "/"
    assert client.get(url).status_code == 404
    section = client.get(nasional.url)
    assert section.status_code == 200
    assert page.title not in section.content.decode()
    assert client.get(f"/api/v1/articles/{page.pk}").status_code == 404
    assert page.title not in client.get("/rss/").content.decode()

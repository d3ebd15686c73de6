"""Re-runs import nothing twice; a newer version updates a draft, never a live story."""

import json

import pytest
from django.urls import reverse
from wagtail.models import Revision

from warta.articles.models import ArticlePage
from warta.images.models import WartaImage
from warta.ingest.models import WireItem, WireStatus
from warta.newsroom import roles

pytestmark = pytest.mark.django_db

GUID = "urn:contoh:antara:versi:1"


def write_item(folder, version, headline, body="JAYAPURA (ANTARA) - Isi versi satu."):
    item = {
        "uri": GUID,
        "version": str(version),
        "headlines": [{"role": "main", "value": headline}],
        "bodies": [{"contenttype": "text/html", "value": f"<p>{body}</p>"}],
        "infosources": [{"name": "Antara"}],
        "associations": [
            {
                "name": "foto",
                "type": "picture",
                "creditline": "ANTARA/Uji Versi",
                "renditions": [
                    {
                        "name": "original",
                        "href": "foto/sawah.jpg",
                        "contenttype": "image/jpeg",
                    }
                ],
            }
        ],
    }
    path = folder / "item.json"
    path.write_text(json.dumps(item), encoding="utf-8")
    return path


def counts():
    return (
        WireItem.objects.count(),
        ArticlePage.objects.count(),
        Revision.page_revisions.count(),
        WartaImage.objects.count(),
    )


def test_rerunning_a_feed_imports_nothing_twice(feeds, ingest):
    ingest(feeds / "rss.xml")
    ingest(feeds / "newsml.xml")
    before = counts()
    again = ingest(feeds / "rss.xml")
    assert "0 baru, 0 diperbarui, 2 tetap, 0 menunggu redaktur, 0 gagal" in again
    assert "1 tetap" in ingest(feeds / "newsml.xml")
    assert counts() == before


def test_a_newer_version_updates_the_draft(workdir, ingest):
    feed = write_item(workdir, 1, "Jalan Trans Papua Dibuka Sebagian")
    ingest(feed)
    item = WireItem.objects.get(guid=GUID)
    page = item.page
    images = WartaImage.objects.count()

    write_item(workdir, 2, "Jalan Trans Papua Dibuka Penuh", "JAYAPURA (ANTARA) - Dua.")
    output = ingest(feed)
    assert "1 diperbarui" in output, output
    page.refresh_from_db()
    item.refresh_from_db()
    assert page.title == "Jalan Trans Papua Dibuka Penuh"
    assert page.get_latest_revision().content["title"] == page.title
    assert page.specific.body[0].value.source == "<p>Dua.</p>"
    assert not page.live
    assert (item.version, item.headline) == (2, page.title)
    assert WartaImage.objects.count() == images  # the same picture, reused

    # The same or an older version changes nothing.
    revisions = Revision.page_revisions.count()
    write_item(workdir, 1, "Versi lama yang datang terlambat")
    assert "1 tetap" in ingest(feed)
    write_item(workdir, 2, "Versi sama, isi lain")
    assert "1 tetap" in ingest(feed)
    page.refresh_from_db()
    assert page.title == "Jalan Trans Papua Dibuka Penuh"
    assert Revision.page_revisions.count() == revisions

    # And the next version again updates the untouched draft.
    write_item(workdir, 3, "Jalan Trans Papua Diresmikan")
    assert "1 diperbarui" in ingest(feed)
    page.refresh_from_db()
    assert page.title == "Jalan Trans Papua Diresmikan"


def test_a_newer_version_of_a_live_story_waits_for_an_editor(
    workdir, ingest, client, make_staff
):
    feed = write_item(workdir, 1, "Bandara Perintis Diresmikan")
    ingest(feed)
    item = WireItem.objects.get(guid=GUID)
    page = item.page.specific
    page.save_revision().publish()
    item.refresh_from_db()
    assert item.status == WireStatus.PUBLISHED
    live_revision = ArticlePage.objects.get(pk=page.pk).live_revision_id
    latest = ArticlePage.objects.get(pk=page.pk).latest_revision_id

    write_item(workdir, 2, "Bandara Perintis Diresmikan, Penerbangan Dimulai")
    output = ingest(feed)
    assert "1 menunggu redaktur" in output
    assert "versi baru menunggu redaktur" in output
    page = ArticlePage.objects.get(pk=page.pk)
    assert page.title == "Bandara Perintis Diresmikan"
    assert (page.live_revision_id, page.latest_revision_id) == (live_revision, latest)
    item.refresh_from_db()
    assert item.pending_version == 2 and item.version == 1
    assert item.current_status == WireStatus.NEW_VERSION

    # Running again does not queue it twice.
    assert "1 tetap" in ingest(feed)

    # The queue shows it; the editor applies it as a draft revision.
    client.force_login(make_staff(roles.EDITOR))
    queue = client.get(reverse("ingest_queue")).content.decode()
    assert "Versi baru" in queue and "menunggu redaktur" in queue
    response = client.post(reverse("ingest_apply", args=[item.pk]))
    assert response.status_code == 302
    page = ArticlePage.objects.get(pk=page.pk)
    assert page.title == "Bandara Perintis Diresmikan"  # still live as it was
    draft = page.get_latest_revision_as_object()
    assert draft.title == "Bandara Perintis Diresmikan, Penerbangan Dimulai"
    item.refresh_from_db()
    assert item.pending_version is None and item.version == 2
    assert item.current_status == WireStatus.PUBLISHED


def test_a_draft_an_editor_changed_is_not_overwritten(workdir, ingest):
    feed = write_item(workdir, 1, "Pasar Murah Digelar")
    ingest(feed)
    page = WireItem.objects.get(guid=GUID).page.specific
    page.title = "Pasar Murah Digelar di Lima Kecamatan"
    page.save_revision()

    write_item(workdir, 2, "Pasar Murah Digelar Lagi")
    assert "1 menunggu redaktur" in ingest(feed)
    page = ArticlePage.objects.get(pk=page.pk)
    assert page.get_latest_revision_as_object().title == (
        "Pasar Murah Digelar di Lima Kecamatan"
    )


def test_a_dismissed_version_is_not_offered_again(workdir, ingest, client, make_staff):
    feed = write_item(workdir, 1, "Festival Danau Dibuka")
    ingest(feed)
    item = WireItem.objects.get(guid=GUID)
    item.page.specific.save_revision().publish()
    write_item(workdir, 2, "Festival Danau Dibuka Meriah")
    ingest(feed)
    client.force_login(make_staff(roles.EDITOR))
    client.post(reverse("ingest_dismiss", args=[item.pk]))
    item.refresh_from_db()
    assert item.pending_version is None and item.version == 2
    assert "1 tetap" in ingest(feed)


def test_rss_versions_follow_the_update_time(workdir, ingest):
    def rss(updated, title):
        path = workdir / "umpan.xml"
        path.write_text(
            f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Antara</title>
<item><guid>rss-versi-1</guid><title>{title}</title>
<pubDate>Wed, 25 Nov 2026 08:00:00 +0700</pubDate><atom:updated>{updated}</atom:updated>
<description>PONTIANAK (ANTARA) - Isi.</description></item></channel></rss>""",
            encoding="utf-8",
        )
        return path

    ingest(rss("2026-11-25T08:00:00+07:00", "Judul pertama"))
    assert "1 tetap" in ingest(rss("2026-11-25T08:00:00+07:00", "Judul sama"))
    assert "1 diperbarui" in ingest(rss("2026-11-25T09:00:00+07:00", "Judul baru"))
    page = WireItem.objects.get(guid="rss-versi-1").page
    page.refresh_from_db()
    assert page.title == "Judul baru"

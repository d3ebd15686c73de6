"""Bad input: a clear line per item, the rest imported, nothing stored damaged."""

import pytest
from defusedxml import ElementTree, EntitiesForbidden
from django.core.management import CommandError

from warta.articles.models import ArticlePage
from warta.images.models import WartaImage
from warta.ingest.formats import FeedError, safe_tree
from warta.ingest.models import IngestProblem, IngestRun, WireItem

pytestmark = pytest.mark.django_db

HOSTILE = (
    "alert(",
    "<script",
    "onerror",
    "onclick",
    "javascript:",
    "<iframe",
    "<style",
)


def test_bad_items_are_reported_and_the_rest_comes_in(feeds, ingest):
    output = ingest(feeds / "hostile" / "campuran.xml")
    assert "5 baru, 0 diperbarui, 0 tetap, 0 menunggu redaktur, 3 gagal" in output
    assert "GAGAL campur-tanpa-judul: judul kosong" in output
    assert "GAGAL campur-tanpa-isi (Judul tanpa isi): isi berita kosong" in output
    assert "GAGAL campur-hanya-skrip (Isi hanya skrip): isi berita kosong" in output
    assert "tanggal terbit tidak terbaca: 'hari Rabu yang cerah'" in output
    assert "rusak.jpg: bukan gambar yang terbaca; berita diimpor tanpa foto" in output
    assert "skema alamat tidak diizinkan: ftp" in output
    assert "HTML berbahaya (skrip/atribut on*) dibuang" in output
    imported = set(WireItem.objects.values_list("guid", flat=True))
    assert imported == {
        "campur-tanggal-rusak",
        "campur-foto-rusak",
        "campur-foto-jauh",
        "campur-skrip",
        "campur-baik",
    }
    run = IngestRun.objects.latest("pk")
    failures = run.problems.filter(level=IngestProblem.FAILED)
    assert failures.count() == 3
    assert run.problems.filter(level=IngestProblem.WARNING).count() >= 4


def test_no_script_from_a_wire_item_is_ever_stored_or_rendered(feeds, ingest, client):
    ingest(feeds / "hostile" / "campuran.xml")
    page = WireItem.objects.get(guid="campur-skrip").page.specific
    stored = page.title + str(page.body.raw_data) + page.dek
    for marker in HOSTILE:
        assert marker not in stored, marker
    assert page.body[0].value.source == "<p>Paragraf pertama yang aman.</p>"
    page.save_revision().publish()
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Paragraf pertama yang aman." in html
    for marker in ("alert(", "onerror", "onclick", "javascript:alert", "jahat.example"):
        assert marker not in html, marker


@pytest.mark.parametrize(
    "name, reason",
    [
        ("bom-entitas.xml", "XML ditolak: berisi deklarasi <!ENTITY>"),
        ("entitas-eksternal.xml", "XML ditolak: berisi deklarasi <!ENTITY>"),
        ("newsml-rusak.xml", "XML rusak: mismatched tag"),
    ],
)
def test_unreadable_feeds_fail_the_command_and_store_nothing(
    name, reason, feeds, ingest
):
    pages = ArticlePage.objects.count()
    with pytest.raises(CommandError) as error:
        ingest(feeds / "hostile" / name)
    assert reason in str(error.value)
    assert ArticlePage.objects.count() == pages
    assert WireItem.objects.count() == 0
    run = IngestRun.objects.latest("pk")
    assert reason in run.error


def test_entities_are_refused_by_the_parser_too():
    # Even without the <!ENTITY text check, defusedxml refuses declarations.
    with pytest.raises(EntitiesForbidden):
        ElementTree.fromstring(
            b'<!DOCTYPE r [<!ENTITY a "x">]><r>&a;</r>', forbid_dtd=False
        )
    with pytest.raises(FeedError):
        safe_tree(b'<!DOCTYPE r [<!eNtItY a "x">]><r>&a;</r>')


def test_ninjs_with_bad_items(feeds, ingest):
    output = ingest(feeds / "hostile" / "ninjs-campuran.json", "--agency", "Ant")
    assert "2 baru" in output and "2 gagal" in output
    assert "GAGAL item #1: item ninjs bukan objek JSON" in output
    assert "tanpa guid/URI/tautan" in output
    assert "versi tidak terbaca: 'satu'; dianggap 1" in output
    assert "tanggal versi tidak terbaca: 'kemarin sore'" in output
    good = WireItem.objects.get(guid="urn:contoh:ninjs-campur:2").page.specific
    assert good.dateline == "DENPASAR"
    assert len(good.body) == 2


def test_broken_json_is_a_clear_error(workdir, ingest):
    path = workdir / "rusak.json"
    path.write_text('{"uri": "x", "headline": ', encoding="utf-8")
    with pytest.raises(CommandError, match="JSON rusak"):
        ingest(path)


def test_unknown_format(workdir, ingest):
    path = workdir / "catatan.txt"
    path.write_text("bukan umpan", encoding="utf-8")
    with pytest.raises(CommandError, match="format tidak dikenal"):
        ingest(path)
    html = workdir / "halaman.xml"
    html.write_text("<html><body>bukan umpan</body></html>", encoding="utf-8")
    with pytest.raises(CommandError, match="elemen akar <html>"):
        ingest(html)


def test_a_feed_declared_utf8_but_written_in_latin1(workdir, ingest):
    path = workdir / "latin1.xml"
    path.write_bytes(
        """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Antara</title>
<item><guid>enc-1</guid><title>Kafe di Bogor menjual café au lait</title>
<description>BOGOR (ANTARA) - Menu baru: crème brûlée.</description></item>
</channel></rss>""".encode("latin-1")
    )
    output = ingest(path)
    assert "1 baru" in output
    assert "dinyatakan UTF-8 tetapi isinya bukan UTF-8" in output
    page = WireItem.objects.get(guid="enc-1").page.specific
    assert page.title == "Kafe di Bogor menjual café au lait"
    assert "crème brûlée" in page.body[0].value.source


def test_a_feed_declared_latin1_but_written_in_utf8(workdir, ingest):
    path = workdir / "utf8.xml"
    path.write_bytes(
        """<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0"><channel><title>Antara</title>
<item><guid>enc-2</guid><title>Harga kopi naik di kafé</title>
<description>Isi berita — dengan tanda pisah.</description></item>
</channel></rss>""".encode()
    )
    output = ingest(path)
    assert "dinyatakan iso-8859-1 tetapi isinya UTF-8" in output
    assert WireItem.objects.get(guid="enc-2").headline == "Harga kopi naik di kafé"


def test_a_huge_feed_is_refused_before_reading(workdir, ingest):
    path = workdir / "raksasa.xml"
    with path.open("wb") as handle:
        handle.write(b'<?xml version="1.0"?><rss version="2.0"><channel>')
        handle.seek(21 * 1024 * 1024)
        handle.write(b"</channel></rss>")
    with pytest.raises(CommandError, match=r"terlalu besar: 21 MB \(batas 20 MB\)"):
        ingest(path)
    assert WireItem.objects.count() == 0


def test_a_picture_over_the_limit_is_reported(workdir, ingest, settings):
    settings.WARTA_WIRE_MAX_BYTES = 3000
    path = workdir / "kecil.xml"
    path.write_text(
        """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Antara</title>
<item><guid>besar-1</guid><title>Foto terlalu besar</title>
<description>Isi.</description>
<enclosure url="foto/stadion.jpg" type="image/jpeg"/></item>
</channel></rss>""",
        encoding="utf-8",
    )
    output = ingest(path)
    assert "1 baru" in output and "terlalu besar" in output
    assert WireItem.objects.get(guid="besar-1").page.lead_image is None


def test_a_feed_that_is_not_well_formed_still_brings_what_it_can(workdir, ingest):
    path = workdir / "longgar.xml"
    path.write_text(
        """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Antara</title>
<item><guid>longgar-1</guid><title>Item pertama</title>
<description>SORONG (ANTARA) - Isi pertama.</description></item>
<item><guid>longgar-2</guid><title>Item kedua & rusak</title>
<description>Isi kedua <b>tanpa penutup.</description></item>
</channel></rss>""",
        encoding="utf-8",
    )
    output = ingest(path)
    assert "XML rusak" in output and "item yang masih terbaca diimpor" in output
    assert WireItem.objects.filter(guid="longgar-1").exists()
    page = WireItem.objects.get(guid="longgar-1").page.specific
    assert page.dateline == "SORONG"


def test_a_broken_newer_version_does_not_damage_the_stored_story(workdir, ingest):
    def write(body):
        path = workdir / "umpan.xml"
        path.write_text(
            f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Antara</title>
<item><guid>utuh-1</guid><title>Berita utuh</title>
<pubDate>Wed, 25 Nov 2026 08:00:00 +0700</pubDate>
<description>{body}</description></item></channel></rss>""",
            encoding="utf-8",
        )
        return path

    ingest(write("TERNATE (ANTARA) - Isi yang utuh."))
    item = WireItem.objects.get(guid="utuh-1")
    page, version = item.page, item.version
    revisions = page.revisions.count()
    path = write("")
    text = path.read_text().replace("08:00:00", "09:00:00")
    path.write_text(text)
    output = ingest(path)
    assert "GAGAL utuh-1 (Berita utuh): isi berita kosong" in output
    page.refresh_from_db()
    assert page.specific.body[0].value.source == "<p>Isi yang utuh.</p>"
    assert page.revisions.count() == revisions
    assert WireItem.objects.get(guid="utuh-1").version == version


def test_bad_options_are_clear_errors(feeds, ingest, settings):
    with pytest.raises(CommandError, match="rubrik 'tidak-ada' tidak ada"):
        ingest(feeds / "rss.xml", section="tidak-ada")
    with pytest.raises(CommandError, match="kantor berita 'XYZ' tidak ada"):
        ingest(feeds / "rss.xml", "--agency", "XYZ")
    settings.WARTA_WIRE_SECTION = ""
    with pytest.raises(CommandError, match="WARTA_WIRE_SECTION"):
        ingest(feeds / "rss.xml", section=None)
    with pytest.raises(CommandError, match="berkas tidak ada"):
        ingest(feeds / "tidak-ada.xml")
    with pytest.raises(CommandError, match="skema alamat tidak diizinkan: ftp"):
        ingest("ftp://kawat.example.org/umpan.xml")


def test_an_unknown_agency_is_reported_per_item(workdir, ingest):
    path = workdir / "asing.xml"
    path.write_text(
        """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Kantor Berita Antah Berantah</title>
<item><guid>asing-1</guid><title>Judul</title><description>Isi.</description></item>
</channel></rss>""",
        encoding="utf-8",
    )
    output = ingest(path)
    assert "kantor berita tidak dikenal (Kantor Berita Antah Berantah)" in output
    assert "--agency" in output


def test_feeds_and_pictures_over_http(http_server, ingest):
    base, folder = http_server
    (folder / "umpan.xml").write_text(
        f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>
<title>Antara</title>
<item><guid>http-1</guid><title>Foto lewat jaringan</title>
<description>Isi.</description>
<media:content url="foto/pelabuhan.jpg" type="image/jpeg">
<media:credit>ANTARA/Lewat HTTP</media:credit></media:content></item>
<item><guid>http-2</guid><title>Foto yang hilang</title><description>Isi.</description>
<enclosure url="{base}/foto/tidak-ada.jpg" type="image/jpeg"/></item>
<item><guid>http-3</guid><title>Umpan jaringan tidak boleh membaca disk</title>
<description>Isi.</description>
<enclosure url="file://{folder}/foto/sawah.jpg" type="image/jpeg"/></item>
</channel></rss>""",
        encoding="utf-8",
    )
    images = WartaImage.objects.count()
    output = ingest(f"{base}/umpan.xml")
    assert "3 baru" in output
    first = WireItem.objects.get(guid="http-1").page.specific
    assert first.lead_image.credit == "ANTARA/Lewat HTTP"
    assert "HTTP 404" in output
    assert "berkas lokal tidak diizinkan dari umpan di jaringan" in output
    assert WartaImage.objects.count() == images + 1
    with pytest.raises(CommandError, match="HTTP 404"):
        ingest(f"{base}/tidak-ada.xml")


def test_a_ninjs_file_in_windows_1252(workdir, ingest):
    path = workdir / "cp1252.json"
    path.write_bytes(
        '{"uri": "urn:contoh:enc:3", "version": "1", "headline": "Kafé “baru” dibuka",'
        ' "body_text": "Isi berita."}'.encode("cp1252")
    )
    output = ingest(path, "--agency", "Ant")
    assert "JSON bukan UTF-8; dibaca sebagai Windows-1252" in output
    assert WireItem.objects.get(guid="urn:contoh:enc:3").headline == (
        "Kafé “baru” dibuka"
    )


def test_a_server_that_never_answers_times_out(ingest, settings):
    import socket

    settings.WARTA_WIRE_TIMEOUT = 1
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        port = silent.getsockname()[1]
        with pytest.raises(CommandError, match=r"waktu habis \(1 detik\)"):
            ingest(f"http://127.0.0.1:{port}/umpan.xml")

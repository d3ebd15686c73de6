"""Each wire format becomes a draft article with the agency's credits."""

import pytest
from wagtail.models import PageLogEntry

from warta.ingest.models import IngestRun, WireItem, WireStatus

pytestmark = pytest.mark.django_db

EXPECTED = {
    "rss.xml": {
        "guid": "kawat-contoh-1001",
        "title": "Pelabuhan Baru di Kupang Mulai Melayani Kapal Ternak",
        "agency": "Ant",
        "dateline": "KUPANG",
        "kicker": "",
        "dek": "Dermaga khusus ternak diharapkan memangkas waktu bongkar muat.",
        "first": "Pelabuhan baru di pesisir Kupang mulai melayani kapal",
        "credit": "ANTARA/Yosef Bria",
        "caption_title": "DERMAGA TERNAK",
        "caption": "Kapal pengangkut ternak bersandar di dermaga baru",
        "link": "https://kawat.example.org/berita/1001/pelabuhan-baru-kupang",
        "format": "rss",
    },
    "atom.xml": {
        "guid": "urn:contoh:afp:2001",
        "title": "Pasar Terapung Kembali Ramai Setelah Banjir Surut",
        "agency": "AFP",
        "dateline": "BANJARMASIN",
        "kicker": "",
        "dek": "Pedagang kembali berjualan dari perahu setelah air sungai surut.",
        "first": "Pedagang pasar terapung kembali berjualan",
        "credit": "AFP/Rahmat Hidayat",
        "caption_title": "",
        "caption": "Perahu pedagang di pasar terapung",
        "link": "https://kawat.example.org/afp/2001",
        "format": "atom",
    },
    "ninjs1.json": {
        "guid": "urn:contoh:antara:ninjs1:3001",
        "title": "Jembatan Gantung Desa Terpencil Rampung Dibangun Warga",
        "agency": "Ant",
        "dateline": "SURABAYA",
        "kicker": "",
        "dek": "Warga bergotong royong menyelesaikan jembatan dalam enam bulan.",
        "first": "Warga sebuah desa terpencil menyelesaikan jembatan gantung",
        "credit": "ANTARA/Agus Prasetyo",
        "caption_title": "JEMBATAN WARGA",
        "caption": "Warga melintas di jembatan gantung",
        "link": "",
        "format": "ninjs",
    },
    "ninjs2.json": {
        "guid": "urn:contoh:antara:ninjs2:4001",
        "title": "Stadion Daerah Siap Jadi Tuan Rumah Liga Pelajar",
        "agency": "Ant",
        "dateline": "MEDAN",
        "kicker": "Olahraga Pelajar",
        "dek": "Rumput lapangan diganti dan tribun diperluas.",
        "first": "Pengelola stadion memastikan lapangan siap",
        "credit": "ANTARA/Nur Aini",
        "caption_title": "STADION BERSOLEK",
        "caption": "Pekerja merapikan rumput stadion",
        "link": "https://kawat.example.org/ninjs/4001",
        "format": "ninjs",
    },
    "newsml.xml": {
        "guid": "urn:contoh:antara:g2:5001",
        "title": "Nelayan Makassar Pakai Aplikasi Cuaca Sebelum Melaut",
        "agency": "Ant",
        "dateline": "MAKASSAR",
        "kicker": "",
        "dek": "Peringatan gelombang tinggi kini sampai lewat ponsel.",
        "first": "Nelayan di pesisir Makassar kini memeriksa aplikasi cuaca",
        "credit": "ANTARA/Hasan Basri",
        "caption_title": "PERIKSA CUACA",
        "caption": "Nelayan memeriksa ponselnya di dermaga",
        "link": "https://kawat.example.org/g2/5001",
        "format": "newsml",
    },
}


@pytest.mark.parametrize("name", list(EXPECTED))
def test_each_format_becomes_a_draft_with_its_credits(name, feeds, ingest, nasional):
    want = EXPECTED[name]
    output = ingest(feeds / name)
    assert "0 gagal" in output, output

    item = WireItem.objects.get(guid=want["guid"])
    page = item.page.specific
    assert item.format == want["format"]
    assert item.status == WireStatus.NEW and item.current_status == WireStatus.NEW
    assert item.headline == want["title"]
    assert item.original_link == want["link"]
    assert item.agency.code == want["agency"]

    # A draft in the chosen section, never published, with a saved revision.
    assert page.get_parent().pk == nasional.pk
    assert not page.live and page.first_published_at is None
    assert page.latest_revision_id is not None
    assert page.get_latest_revision().content["title"] == want["title"]
    assert PageLogEntry.objects.filter(page=page, action="wagtail.create").exists()

    # The agency is the writer, its code opens the sign-off.
    assert page.title == want["title"]
    assert page.agency.code == want["agency"]
    assert page.writers == [] and page.byline == [page.agency]
    assert page.sign_off.split("/")[0] == want["agency"]

    assert page.dateline == want["dateline"]
    assert page.kicker == want["kicker"]
    assert page.dek == want["dek"]
    first = page.body[0]
    assert first.block_type == "paragraph"
    text = first.value.source
    assert text.startswith("<p>" + want["first"]), text
    assert want["dateline"] not in text.split(" ")[0]
    assert "(ANTARA)" not in text and "(AFP)" not in text

    image = page.lead_image
    assert image is not None
    assert image.credit == want["credit"]
    assert image.file.size > 0
    assert page.lead_caption_title == want["caption_title"]
    assert page.lead_caption.startswith(want["caption"])


def test_rss_keeps_sub_headings_and_plain_text_bodies(feeds, ingest):
    ingest(feeds / "rss.xml")
    page = WireItem.objects.get(guid="kawat-contoh-1001").page.specific
    assert [block.block_type for block in page.body] == [
        "paragraph",
        "paragraph",
        "heading",
        "paragraph",
    ]
    assert page.body[2].value == "Antrean kapal berkurang"

    plain = WireItem.objects.get(guid="kawat-contoh-1002").page.specific
    assert plain.dateline == "JAKARTA"  # from "Jakarta (ANTARA) -" in the body
    assert [b.value.source for b in plain.body] == [
        "<p>Petani sawah tadah hujan di sejumlah kabupaten mulai menanam lebih "
        "awal karena hujan datang sejak awal bulan.</p>",
        "<p>Penyuluh pertanian menyarankan petani memilih benih berumur pendek.</p>",
    ]
    assert plain.lead_image.credit == "ANTARA/Dewi Lestari"


def test_the_agency_option_and_section_setting(feeds, ingest, settings):
    settings.WARTA_WIRE_SECTION = "ekonomi"
    output = ingest(feeds / "atom.xml", "--agency", "Ant", section=None)
    assert "1 baru" in output
    page = WireItem.objects.get(guid="urn:contoh:afp:2001").page.specific
    assert page.get_parent().slug == "ekonomi"
    assert page.agency.code == "Ant"


def test_the_summary_is_stored_for_editors(feeds, ingest):
    output = ingest(feeds / "rss.xml")
    assert "2 baru, 0 diperbarui, 0 tetap, 0 menunggu redaktur, 0 gagal" in output
    run = IngestRun.objects.latest("pk")
    assert (run.new, run.failed, run.error) == (2, 0, "")
    assert run.finished_at is not None


def test_a_folder_of_items_is_one_batch(feeds, ingest, workdir):
    for name in ("ninjs1.json", "ninjs2.json", "newsml.xml"):
        (workdir / name).write_bytes((feeds / name).read_bytes())
    (workdir / "rusak.xml").write_text("<newsItem><tanpa-penutup></newsItem>")
    output = ingest(workdir)
    assert "3 baru" in output and "1 gagal" in output
    assert "GAGAL rusak.xml: XML rusak" in output

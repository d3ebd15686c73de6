"""Broken, hostile and oddly encoded exports: a report per item, the rest in."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from warta.articles.models import ArticlePage
from warta.importers.tests.conftest import run_import
from warta.importers.tests.exports import BASE, HEAD, TAIL, item


def write(tmp_path, text, encoding="utf-8"):
    path = tmp_path / "export.xml"
    path.write_bytes(text.encode(encoding))
    return path


def test_malformed_xml_reports_the_line_and_keeps_the_good_items(db, tmp_path):
    good = item(40, "Pasar Malam Dibuka Lagi", slug="pasar-malam", content="Ramai.")
    broken = item(41, "Rusak <b>tanpa penutup", slug="rusak")
    later = item(42, "Lampu Jalan Menyala", slug="lampu-jalan", content="Terang.")
    out = run_import(
        write(tmp_path, HEAD.format(base=BASE) + good + broken + later + TAIL)
    )
    assert "XML rusak" in out and "baris" in out
    assert ArticlePage.objects.filter(slug="pasar-malam").exists()
    assert "Traceback" not in out


def test_undeclared_windows_1252_is_read_as_such(db, tmp_path):
    text = HEAD.format(base=BASE).replace(' encoding="UTF-8"', "")
    text += item(
        43, "Kafé Baru di Kota Tua", slug="kafe-baru", content="Menu “spesial”."
    )
    out = run_import(write(tmp_path, text + TAIL, encoding="cp1252"))
    page = ArticlePage.objects.get(slug="kafe-baru")
    assert page.title == "Kafé Baru di Kota Tua"
    assert "“spesial”" in str(page.body.raw_data)
    assert "dibaca sebagai Windows-1252" in out


def test_external_entities_are_never_resolved(db, tmp_path):
    secret = tmp_path / "rahasia.txt"
    secret.write_text("KATA-SANDI-RAHASIA")
    head = HEAD.format(base=BASE).replace(
        "<rss", f'<!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]>\n<rss', 1
    )
    text = head + item(44, "Entitas", slug="entitas", content="isi &x; isi") + TAIL
    run_import(write(tmp_path, text))
    stored = ArticlePage.objects.filter(slug="entitas").first()
    assert stored is None or "KATA-SANDI" not in str(stored.body.raw_data)


def test_a_post_too_large_fails_alone(db, tmp_path, settings):
    from warta.importers import wxr

    big = item(45, "Raksasa", slug="raksasa", content="x" * (wxr.MAX_FIELD + 10))
    small = item(46, "Kecil", slug="kecil", content="Singkat.")
    out = run_import(write(tmp_path, HEAD.format(base=BASE) + big + small + TAIL))
    assert "isi lebih dari 5 MB" in out
    assert not ArticlePage.objects.filter(slug="raksasa").exists()
    assert ArticlePage.objects.filter(slug="kecil").exists()


def test_a_slug_taken_by_an_existing_story_is_not_overwritten(db, tmp_path):
    victim = ArticlePage.objects.live().first()
    section = victim.get_parent()
    title = victim.title
    text = item(
        47,
        "Tabrakan Slug",
        slug=victim.slug,
        content="Isi lain.",
        categories=[(section.slug, section.title)],
    )
    out = run_import(write(tmp_path, HEAD.format(base=BASE) + text + TAIL))
    victim.refresh_from_db()
    assert victim.title == title
    assert f"{victim.slug}-47" in out
    assert ArticlePage.objects.get(slug=f"{victim.slug}-47").title == "Tabrakan Slug"


def test_not_a_file_and_not_wordpress(db, tmp_path):
    with pytest.raises(CommandError, match="berkas tidak ada"):
        call_command("import_wordpress", str(tmp_path / "tidak-ada.xml"))
    out = run_import(write(tmp_path, "<rss><channel><title>x</title></channel></rss>"))
    assert "tidak ada tulisan WordPress" in out


def test_images_come_only_from_inside_the_media_folder(db, tmp_path):
    from warta.importers.tests.exports import jpeg

    media = tmp_path / "uploads"
    (media / "2019" / "06").mkdir(parents=True)
    (media / "2019" / "06" / "pasar.jpg").write_bytes(jpeg())
    (tmp_path / "rahasia.jpg").write_bytes(jpeg(colour=(0, 0, 0)))
    uploads = f"{BASE}/wp-content/uploads"
    content = (
        f'<p>Pagi di pasar.</p><img src="{uploads}/2019/06/pasar.jpg" alt="Pasar">'
        f'<img src="{uploads}/../../rahasia.jpg">'
        f'<img src="{uploads}/%2e%2e/rahasia.jpg">'
    )
    text = HEAD.format(base=BASE) + item(48, "Pasar", slug="pasar", content=content)
    out = run_import(write(tmp_path, text + TAIL), "--media-dir", media)
    blocks = ArticlePage.objects.get(slug="pasar").body.raw_data
    assert [b["type"] for b in blocks] == ["paragraph", "image"]
    assert out.count("tidak ditemukan di folder media") == 2

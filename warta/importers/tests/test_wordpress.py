"""A fictional WordPress export comes in as the paper's archive."""

import datetime

import pytest
from wagtail.contrib.redirects.models import Redirect

from warta import cli
from warta.articles.models import ArticlePage
from warta.comments.models import Comment
from warta.images.models import WartaImage
from warta.people.models import Person
from warta.sections.models import SectionPage


def article(slug):
    return ArticlePage.objects.get(slug=slug)


def test_published_post_keeps_title_slug_date_and_credits(imported):
    page = article("jembatan-gantung-sukamaju")
    assert page.live and page.get_parent().slug == "nasional"
    assert page.title == "Jembatan Gantung Baru Hubungkan Dua Dusun di Sukamaju"
    assert page.dek == "Warga tak perlu lagi menyeberang dengan rakit."
    assert page.first_published_at == datetime.datetime(
        2019, 5, 3, 2, 10, tzinfo=datetime.UTC
    )
    assert [p.name for p in page.writers] == ["Budi Santosa Wiryo"]
    assert Person.objects.get(name="Budi Santosa Wiryo").is_writer
    assert sorted(page.topics.names()) == ["Desa", "Infrastruktur"]


def test_featured_image_comes_with_caption_and_credit(imported):
    page = article("jembatan-gantung-sukamaju")
    assert page.lead_image.credit == "KORAN FIKTIF/DWI"
    assert page.lead_caption_title == "PERESMIAN JEMBATAN"
    assert page.lead_caption == "Warga melintasi jembatan baru."


def test_body_becomes_paragraphs_headings_photos_and_quotes(imported):
    blocks = article("jembatan-gantung-sukamaju").body.raw_data
    kinds = [b["type"] for b in blocks]
    assert kinds == ["paragraph", "paragraph", "heading", "image", "paragraph", "quote"]
    photo = blocks[3]["value"]
    assert photo["caption_title"] == "PERESMIAN JEMBATAN"
    # the [caption]'s resized copy (-300x200) is the featured attachment's file
    assert photo["image"] == article("jembatan-gantung-sukamaju").lead_image_id
    assert blocks[5]["value"]["attribution"] == "Rahmat Hidayanto"
    text = str(blocks)
    for gone in ("script", "diretas", "javascript", "onclick", "Baca juga", "gallery"):
        assert gone not in text
    assert "<strong>memangkas</strong>" in blocks[4]["value"]


def test_new_category_becomes_a_section_and_missing_file_is_reported(imported):
    section = SectionPage.objects.get(slug="pariwisata-daerah")
    assert section.live and not section.show_in_menus
    page = article("festival-layang-layang")
    assert page.get_parent().pk == section.pk and page.lead_image is None
    assert list(page.topics.names()) == ["Nasional"]  # the second category
    assert "2019/05/hilang.jpg tidak ditemukan" in imported


def test_drafts_pending_pages_and_broken_posts(imported):
    assert not article("harga-cabai").live
    assert not ArticlePage.objects.get(title__startswith="Menunggu:").live
    assert not ArticlePage.objects.filter(slug="tentang-kami").exists()
    assert 'page 20 "Tentang Kami": halaman WordPress' in imported
    assert 'post 14 "": judul kosong' in imported
    assert "tanggal terbit tidak ada atau tidak sah" in imported
    assert "di tempat sampah WordPress" in imported
    assert "Gagal: 2" in imported
    uncategorized = article("kabar-tanpa-kategori")
    assert uncategorized.get_parent().slug == "nasional"  # the first section


def test_approved_comments_only_replies_kept(imported):
    page = article("jembatan-gantung-sukamaju")
    comments = Comment.objects.filter(page=page).order_by("created_at")
    assert [c.name for c in comments] == ["Agus Pembaca", "Wati"]
    assert comments[1].parent == comments[0]
    assert comments[1].body == "Setuju, luar biasa."
    assert "ditandai spam" in imported and "menunggu moderasi" in imported
    assert "pingback" in imported


def test_old_urls_answer_301_to_the_new_page(imported, client):
    page = article("jembatan-gantung-sukamaju")
    for old in ("/2019/05/03/jembatan-gantung-sukamaju/", "/?p=10"):
        response = client.get(old)
        assert response.status_code == 301, old
        assert response["Location"] == page.url
    assert client.get(page.url).status_code == 200
    assert client.get("/?p=999999").status_code == 200  # just the home page


def test_public_page_renders_no_script_from_the_post(imported, client):
    html = client.get(article("jembatan-gantung-sukamaju").url).content.decode()
    assert "Gotong Royong" in html and "PERESMIAN JEMBATAN" in html
    assert "diretas" not in html and "javascript:alert" not in html
    assert "alert(&#x27;klik&#x27;)" not in html and "onclick" not in html


def counts():
    return (
        ArticlePage.objects.count(),
        Comment.objects.count(),
        Redirect.objects.count(),
        WartaImage.objects.count(),
        Person.objects.count(),
        SectionPage.objects.count(),
    )


def test_second_run_creates_nothing(imported, export):
    from warta.importers.tests.conftest import run_import

    before = counts()
    again = run_import(export[0], "--media-dir", export[1])
    assert counts() == before
    assert "Diimpor: 0" in again and "sudah diimpor, tidak berubah" in again


def test_editors_changes_survive_a_rerun(imported, export, tmp_path):
    from warta.importers.tests.conftest import run_import

    page = article("jembatan-gantung-sukamaju")
    page.title = "Judul Pilihan Redaksi"
    page.save_revision().publish()
    draft = article("harga-cabai")
    text = export[0].read_text()
    text = text.replace("Dua Dusun", "Tiga Dusun").replace(
        "naik dua kali lipat", "naik tiga kali lipat"
    )
    export[0].write_text(text)
    again = run_import(export[0], "--media-dir", export[1])
    assert article("jembatan-gantung-sukamaju").title == "Judul Pilihan Redaksi"
    assert "diubah redaktur sejak impor terakhir" in again
    draft.refresh_from_db()
    latest = draft.get_latest_revision_as_object()
    assert "tiga kali lipat" in str(latest.body.raw_data)  # untouched: updated
    assert "Diperbarui: 1" in again


def test_as_drafts_publishes_nothing(db, export):
    from warta.importers.tests.conftest import run_import

    run_import(export[0], "--media-dir", export[1], "--as-drafts")
    page = article("jembatan-gantung-sukamaju")
    assert not page.live
    assert page.go_live_at == datetime.datetime(2019, 5, 3, 2, 10, tzinfo=datetime.UTC)


@pytest.mark.parametrize("command", ["import-wordpress", "import_wordpress"])
def test_both_spellings_of_the_command(db, export, capsys, command):
    cli.main(["warta", command, str(export[0]), "--no-progress"])
    out = capsys.readouterr().out
    assert "Diimpor: 7 (5 berita, 2 komentar)" in out


def test_the_archive_is_indexed_after_the_import_as_background_work(
    db, export, settings, django_capture_on_commit_callbacks
):
    """The import does not wait for the search index; the worker adds the
    whole archive to it afterwards, and then a reader finds it."""
    from django_tasks_db.models import DBTaskResult

    from warta.queue.worker import run_pending
    from warta.search.models import SearchDocument

    from .conftest import run_import

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    path, media_dir = export
    with django_capture_on_commit_callbacks(execute=True):
        run_import(path, "--media-dir", media_dir)
    page = article("jembatan-gantung-sukamaju")
    assert not SearchDocument.objects.filter(page_id=page.pk).exists()
    queued = DBTaskResult.objects.filter(task_path="warta.search.tasks.index_pages")
    assert queued.get().status == "READY"
    run_pending()
    assert SearchDocument.objects.filter(page_id=page.pk).exists()

"""``warta import-page``: saved pages become drafts; dry runs save nothing."""

import http.server
import json
import threading
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from warta import cli
from warta.articles.models import ArticlePage
from warta.importers.tests import pages
from warta.people.models import Person

KEYS = [
    "kicker", "title", "dek", "photo_credit", "caption_title", "caption",
    "dateline", "body", "signoff", "editor", "writers", "published",
]  # fmt: skip


def page_file(tmp_path, text, name="berita.txt", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def import_page(*args):
    out = StringIO()
    call_command("import_page", *map(str, args), stdout=out)
    return out.getvalue()


def test_dry_run_json_is_one_object_and_saves_nothing(db, tmp_path):
    before = ArticlePage.objects.count(), Person.objects.count()
    out = import_page(page_file(tmp_path, pages.KOMPAS), "--dry-run", "--json")
    data = json.loads(out)  # exactly one JSON document
    assert list(data) == KEYS
    assert data["dateline"] == "JAKARTA" and data["signoff"] == "rfs/jbr"
    assert data["body"][0] == {"type": "paragraph", "text": data["body"][0]["text"]}
    assert data["published"].endswith("+07:00")
    assert (ArticlePage.objects.count(), Person.objects.count()) == before


@pytest.mark.parametrize("command", ["import-page", "import_page"])
def test_both_spellings_of_the_command(db, tmp_path, capsys, command):
    cli.main(
        ["warta", command, str(page_file(tmp_path, pages.PLAIN)), "--dry-run", "--json"]
    )
    assert json.loads(capsys.readouterr().out)["kicker"] == "Panen Raya"


def test_hyphenated_names_map_only_to_known_commands():
    assert cli.hyphenated(["warta", "import-wordpress"])[1] == "import_wordpress"
    assert cli.hyphenated(["warta", "tidak-ada"])[1] == "tidak-ada"
    assert cli.hyphenated(["warta", "--help"])[1] == "--help"


def test_saved_draft_matches_existing_people_and_agency(db, tmp_path):
    writer = Person.objects.get(name="Hendra Gunawan")  # in the demo paper
    out = import_page(page_file(tmp_path, pages.ANTARA), "--section", "ekonomi")
    page = ArticlePage.objects.get(title__startswith="Perpustakaan Daerah")
    assert not page.live and page.get_parent().slug == "ekonomi"
    assert page.writers == [writer]
    assert page.agency.name == "Antara"  # from "Jakarta (ANTARA) -"
    assert page.editor.name == "Lestari Ayuningtyas" and page.editor.is_editor
    assert "Orang baru dibuat: Lestari Ayuningtyas" in out
    assert page.go_live_at.isoformat() == "2024-03-14T02:05:00+00:00"
    again = import_page(page_file(tmp_path, pages.ANTARA))
    assert "Sudah diimpor sebagai draf" in again
    assert ArticlePage.objects.filter(title=page.title).count() == 1


def test_html_page_with_scripts_never_renders_a_script(db, tmp_path, client):
    path = page_file(tmp_path, pages.HTML, name="kopi.html", encoding="cp1252")
    data = json.loads(import_page(path, "--json"))
    page = ArticlePage.objects.get(pk=data["page_id"])
    assert page.sign_off == "lin/dar"
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert "Warung Kopi Tua" in html and "Resep Keluarga" in html
    for bad in ("tracker", "sisipan", "alert(", "onmouseover", "onerror"):
        assert bad not in html


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = pages.HTML.encode("cp1252") if self.path == "/kopi" else b"x" * 6_000_000
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=windows-1252")
        if self.path == "/kopi":
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_from_a_local_server(db, server):
    data = json.loads(import_page(f"{server}/kopi", "--dry-run", "--json"))
    assert data["title"] == "Warung Kopi Tua Bertahan di Tengah Kota"


def test_url_over_the_size_limit_is_refused(db, server):
    with pytest.raises(CommandError, match="lebih dari 5 MB"):
        import_page(f"{server}/besar", "--dry-run")


@pytest.mark.parametrize("source", ["file:///etc/passwd", "ftp://127.0.0.1/x"])
def test_only_http_urls(db, source):
    with pytest.raises(CommandError, match="hanya alamat http dan https"):
        import_page(source, "--dry-run")


def test_huge_file_and_page_without_headline(db, tmp_path):
    with pytest.raises(CommandError, match="lebih dari 5 MB"):
        import_page(page_file(tmp_path, "a" * 6_000_000), "--dry-run")
    with pytest.raises(CommandError, match="judul tidak dikenali"):
        import_page(page_file(tmp_path, ""))

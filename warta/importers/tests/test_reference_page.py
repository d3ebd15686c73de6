"""The reference article page (``shared/reference/article-page.txt``), field by field.

Its sentences belong to their publisher, so they are not in this file: the test
reads the page at run time and compares each recognised field with a SHA-256
digest of the expected text (and the counts of paragraphs and sub-headings).
"""

import datetime
import hashlib
import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from warta.importers.pageparse import Reader, clean_lines

REPO = Path(__file__).resolve().parents[3]
CANDIDATES = [
    REPO.parent / "shared" / "reference" / "article-page.txt",
    Path("/work/shared/reference/article-page.txt"),
]
REFERENCE = next((path for path in CANDIDATES if path.is_file()), None)
pytestmark = pytest.mark.skipif(
    REFERENCE is None,
    reason="reference page absent (looked for ../shared/reference/article-page.txt "
    "and /work/shared/reference/article-page.txt)",
)
NOW = datetime.datetime(2026, 11, 25, tzinfo=datetime.UTC)  # dates the "(6/7)"

DIGESTS = {
    "kicker": "794e69bd21d19dcd82ab3c011157c02fda9912f30c5d236312852379df7bbc15",
    "title": "7044e35ca1ca300fe4ee3eb466f28f18e9bec409170574de5c49ecbc65de1cd1",
    "photo_credit": "6f942605c70de78476b196ec1d12e23febf1e59c77d7d7f7cfefcdb3b13d6ff1",
    "caption_title": "045189e43e6c88aa8ad86d0eee954c4dcf77bd69c51cf7532ebdd8d6f34c2ee5",
    "caption": "faf082a8230d9336e83aa22453c5f243e1c53deff40fea1bbd4590fd2d8a0bff",
    "dateline": "b88138f5d7f26a05387abe3ac6f3409387939953885e7e39eae284dad38b53de",
    "editor": "f78b0a2516dddbdde45d0ea3393444fa3fd0677e2ae8fbbad7f63d45ec21168c",
}
WRITERS = "ac71c7fca37aa57f67a815d6107d3091734ab4ff645fe3f2d9367429e132c908"
BODY = "fffa89021f51a5227b2b7f992e7ed6d28fd66f819acdecf01ba6f07dba5b94e8"
FIRST_PARAGRAPH = "ef8e6f1b7783acfa571c8c6777500ccd6916c79a8c2baaa83428ee4aa7e7e90f"
HEADING = "5d21bf240611e4caa0a24a8cfbdf1cdf8a013aa558e68f50db113c89ce98b5a8"


def sha(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@pytest.fixture
def recognised():
    text = REFERENCE.read_text(encoding="utf-8")
    return Reader(now=NOW).read(clean_lines(text)).as_json()


def test_every_field_of_the_reference_page(recognised):
    for field, digest in DIGESTS.items():
        assert sha(recognised[field]) == digest, field
    assert recognised["dek"] == ""  # the page has none
    assert recognised["signoff"] == "Ant/N-3"
    assert sha(json.dumps(recognised["writers"], ensure_ascii=False)) == WRITERS
    assert recognised["published"] == "2021-07-06T00:00:00+07:00"


def test_reference_body_paragraphs_and_sub_heading(recognised):
    body = recognised["body"]
    assert sum(b["type"] == "paragraph" for b in body) == 14
    assert [i for i, b in enumerate(body) if b["type"] == "heading"] == [4]
    assert sha(body[0]["text"]) == FIRST_PARAGRAPH  # without "JAKARTA - "
    assert sha(body[4]["text"]) == HEADING
    assert sha(json.dumps(body, ensure_ascii=False)) == BODY


def test_reference_page_imports_as_a_draft_with_its_credits(db):
    from warta.articles.models import ArticlePage

    out = StringIO()
    call_command("import_page", str(REFERENCE), "--json", stdout=out)
    data = json.loads(out.getvalue())
    page = ArticlePage.objects.get(pk=data["page_id"])
    assert not page.live
    assert sha(page.title) == DIGESTS["title"] and sha(page.kicker) == DIGESTS["kicker"]
    assert sha(page.lead_caption_title) == DIGESTS["caption_title"]
    assert sha(page.lead_caption) == DIGESTS["caption"]
    assert sha(page.dateline) == DIGESTS["dateline"]
    assert sha(page.editor.name) == DIGESTS["editor"]
    assert page.agency.code == "Ant" and page.writers == []  # "Penulis : Antara"
    assert page.sign_off == "Ant/N-3"
    kinds = [block.block_type for block in page.body]
    assert kinds.count("paragraph") == 14 and kinds.count("heading") == 1

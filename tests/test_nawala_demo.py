"""`make demo` sends its morning digest to mail files (issue 19, Done when)."""

from pathlib import Path

from tests.conftest import fetch


def test_the_demo_sends_nawala_pagi_to_mail_files_and_archives_it(site):
    assert "Nawala Pagi sent" in site.first_demo.stdout
    mails = sorted((Path(site.env["WARTA_DATA"]) / "mail").glob("*"))
    digests = [m.read_text(errors="replace") for m in mails]
    digests = [text for text in digests if "Subject: Nawala Pagi," in text]
    assert digests, [m.name for m in mails]
    text = "\n".join(digests)
    for reader in ("ani@pembaca.invalid", "budi@pembaca.invalid"):
        assert f"To: {reader}" in text
    assert "List-Unsubscribe-Post: List-Unsubscribe=One-Click" in text
    assert "/nawala/berhenti/" in text
    assert "/r/" in text  # the stories' links are counted ones
    status, body = fetch(site.url + "/nawala/arsip/")
    assert status == 200 and "Nawala Pagi," in body.decode()
    status, body = fetch(site.url + "/nawala/")
    assert status == 200 and "Nawala Ekonomi" in body.decode()

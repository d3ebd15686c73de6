"""A reader's data export (issue 22, Deliver 3): asked for at
/komentar/data-saya/, mailed to that address only, limited, hostile input
refused with a 4xx and an Indonesian reason."""

import json

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse

from warta.comments.models import Comment

pytestmark = pytest.mark.django_db

URL = "/komentar/data-saya/"


@pytest.fixture
def comments(story):
    """Two comments by Sari (one in capitals), one by someone else."""
    made = [
        Comment.objects.create(page=story, name=name, email=email, body=body)
        for name, email, body in [
            ("Sari", "sari@contoh.invalid", "Komentar pertama Sari."),
            ("Sari P.", "SARI@Contoh.invalid", "Komentar kedua Sari."),
            ("Budi", "budi@contoh.invalid", "Komentar Budi."),
        ]
    ]
    return made


def ask(client, email, **extra):
    return client.post(URL, {"email": email}, **extra)


def test_the_page_explains_in_indonesian_and_is_never_cached(client):
    response = client.get(URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Data komentar Anda" in html and "Kirim data saya" in html
    assert "dihapus dari komentar setelah 90 hari" in html
    assert response["Cache-Control"] == "private, no-store"
    assert reverse("comments:my_data") == URL


def test_the_comment_form_links_to_the_export(client, write_url):
    html = client.get(write_url).content.decode()
    assert f'href="{URL}"' in html and "minta salinan data komentar Anda" in html


def test_the_export_goes_to_that_address_with_all_its_comments(
    client, comments, mailoutbox
):
    response = ask(client, " Sari@contoh.invalid ")
    assert response.status_code == 200
    assert "Permintaan diterima" in response.content.decode()
    (mail,) = mailoutbox
    assert mail.to == ["Sari@contoh.invalid"]
    assert mail.subject.startswith("Data komentar Anda di")
    assert "2 komentar" in mail.body and "Balas email ini" in mail.body
    ((name, content, mimetype),) = mail.attachments
    assert name == "data-komentar.json" and mimetype == "application/json"
    data = json.loads(content)
    bodies = [item["komentar"] for item in data["komentar"]]
    assert bodies == ["Komentar pertama Sari.", "Komentar kedua Sari."]
    assert "Komentar Budi." not in content and "budi@" not in content
    first = data["komentar"][0]
    assert first["nama"] == "Sari" and first["email"] == "sari@contoh.invalid"
    assert first["alamat_berita"].startswith("http")


def test_an_address_that_wrote_nothing_gets_the_same_answer_and_no_mail(
    client, comments, mailoutbox
):
    known = ask(client, "sari@contoh.invalid").content.decode()
    unknown = ask(client, "orang.lain@contoh.invalid").content.decode()
    assert len(mailoutbox) == 1
    strip = [html.replace("orang.lain", "sari") for html in (unknown,)]
    assert strip == [known]  # nothing tells who comments here


HOSTILE = [
    {},
    {"email": ""},
    {"email": "bukan-email"},
    {"email": "a" * 250 + "@contoh.invalid"},
    {"email": "sari@contoh.invalid\r\nBcc: korban@contoh.invalid"},
    {"email": "sari@contoh.invalid\nSubject: x"},
    {"email": "sari\x00@contoh.invalid"},
    {"email": "sari@contoh.invalid,budi@contoh.invalid"},
    {"email": "<script>alert(1)</script>@contoh.invalid"},
    {"email": "\u202esari@contoh.invalid"},
    {"email": "sari@contoh.invalid' OR '1'='1"},
    {"email": "%0d%0aBcc:x@contoh.invalid"},
]


@pytest.mark.parametrize("data", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_input_is_a_400_with_a_reason_and_sends_nothing(
    client, comments, mailoutbox, data
):
    response = client.post(URL, data)
    html = response.content.decode()
    assert response.status_code == 400
    assert "Isi alamat email Anda." in html or "tidak valid" in html
    assert "<script>alert" not in html
    assert mailoutbox == []


def test_other_methods_and_a_missing_csrf_token_are_refused(
    client, comments, mailoutbox
):
    assert client.put(URL, "email=sari@contoh.invalid").status_code == 405
    assert client.delete(URL).status_code == 405
    response = ask(Client(enforce_csrf_checks=True), "sari@contoh.invalid")
    assert response.status_code == 403
    assert mailoutbox == []


def test_a_client_gets_three_requests_an_hour(client, comments, mailoutbox, settings):
    settings.WARTA_COMMENTS_EXPORT_LIMIT = 3
    codes = [ask(client, f"orang{n}@contoh.invalid").status_code for n in range(3)] + [
        ask(client, "sari@contoh.invalid").status_code
    ]
    assert codes == [200, 200, 200, 429]
    refused = ask(client, "sari@contoh.invalid")
    assert "Terlalu banyak permintaan data" in refused.content.decode()
    assert mailoutbox == []  # the three it allowed wrote nothing


def test_one_address_gets_three_mails_a_day_from_any_number_of_clients(
    comments, mailoutbox, settings
):
    settings.WARTA_COMMENTS_EXPORT_LIMIT = 3
    codes = [
        ask(Client(), "sari@contoh.invalid", REMOTE_ADDR=f"127.0.0.{n}").status_code
        for n in range(2, 8)
    ]
    assert codes == [200, 200, 200, 429, 429, 429]
    assert len(mailoutbox) == 3


def test_the_operator_prints_the_same_data_and_refuses_a_bad_address(comments, capsys):
    call_command("export_commenter", "sari@contoh.invalid")
    out, err = capsys.readouterr()
    data = json.loads(out)
    assert [item["nama"] for item in data["komentar"]] == ["Sari", "Sari P."]
    assert "2 komentar dari sari@contoh.invalid" in err
    with pytest.raises(CommandError, match="bukan alamat email yang valid"):
        call_command("export_commenter", "bukan-email")

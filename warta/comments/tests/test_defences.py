"""Spam and abuse: every trap refuses with an Indonesian reason and stores nothing."""

import time

import pytest
from django.test import Client
from django.utils.html import escape

from warta.comments.choices import CommentStatus
from warta.comments.forms import make_token
from warta.comments.models import Comment

pytestmark = pytest.mark.django_db


def refused(response, reason, status=400):
    html = response.content.decode()
    assert response.status_code == status, html[-2000:]
    assert escape(reason) in html or reason in html
    return html


def nothing_stored(story, body):
    assert not Comment.objects.filter(page=story, body__contains=body).exists()


def test_honeypot(client, story, write_url, form_data):
    response = client.post(
        write_url, form_data(situs="http://spam.example", body="Umpan.")
    )
    refused(response, "terdeteksi sebagai kiriman otomatis")
    nothing_stored(story, "Umpan.")


def test_too_fast(client, story, write_url, form_data):
    token = make_token(story.pk)  # shown this very second
    response = client.post(write_url, form_data(token=token, body="Cepat."))
    refused(response, "Komentar dikirim terlalu cepat.")
    nothing_stored(story, "Cepat.")


def test_stale_and_foreign_and_forged_tokens(client, story, write_url, form_data):
    old = make_token(story.pk, now=time.time() - 3 * 24 * 3600)
    refused(client.post(write_url, form_data(token=old)), "sudah kedaluwarsa")
    other = make_token(story.pk + 1, now=time.time() - 60)
    refused(client.post(write_url, form_data(token=other)), "Formulir tidak valid.")
    refused(client.post(write_url, form_data(token="palsu:123")), "tidak valid")
    refused(client.post(write_url, form_data(token="")), "tidak valid")
    nothing_stored(story, "Liputan yang bagus")


def test_too_long(client, story, write_url, form_data, settings):
    settings.WARTA_COMMENTS_MAX_LENGTH = 50
    response = client.post(write_url, form_data(body="x" * 51))
    refused(response, "Komentar paling panjang 50 karakter.")
    nothing_stored(story, "xxxxx")


def test_too_many_links(client, story, write_url, form_data):
    body = "Lihat https://a.example/1 dan www.b.example serta toko.id sekarang"
    refused(client.post(write_url, form_data(body=body)), "Komentar berisi 3 tautan")
    nothing_stored(story, "Lihat")
    ok = client.post(write_url, form_data(body="Sumber: https://a.example/1"))
    assert ok.status_code == 302


def test_links_in_the_name(client, write_url, form_data):
    response = client.post(write_url, form_data(name="www.obat.example"))
    refused(response, "Nama tidak boleh berisi tautan.")


@pytest.mark.parametrize("body", ["Main JUDOL yuk", "ada slot   gacor? Slot gacor!"])
def test_blocklist(client, story, write_url, form_data, body):
    refused(client.post(write_url, form_data(body=body)), "kata yang tidak diizinkan")
    nothing_stored(story, body[:8])


def test_blocklist_matches_whole_words_only(client, write_url, form_data):
    response = client.post(write_url, form_data(body="Judolnya tidak ada."))
    assert response.status_code == 302


@pytest.mark.parametrize("bad", ["\x00", "\x07", "\u202e", "\ufffd", "\x1b[31m"])
def test_control_characters(client, story, write_url, form_data, bad):
    response = client.post(write_url, form_data(body=f"Halo{bad}dunia"))
    assert response.status_code == 400
    nothing_stored(story, "dunia")


def test_markup_is_stored_as_text_and_escaped(
    client, settings, story, write_url, form_data
):
    from warta.comments.models import CommentSiteSettings

    row = CommentSiteSettings.for_site(story.get_site())
    row.moderation = "post"
    row.save()
    body = "<script>alert(1)</script><img src=x onerror=alert(2)>"
    client.post(write_url, form_data(name="<b>Ani</b>", body=body))
    assert Comment.objects.get(page=story, body=body).name == "<b>Ani</b>"
    html = client.get(story.url).content.decode()
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert escape(body) in html and "&lt;b&gt;Ani&lt;/b&gt;" in html


def test_rate_limit_survives_rotating_forwarded_for(
    client, settings, story, write_url, form_data
):
    settings.WARTA_COMMENTS_RATE_LIMIT = 3
    reader = {"REMOTE_ADDR": "203.0.113.7"}  # not a trusted proxy
    for number in range(3):
        headers = {"HTTP_X_FORWARDED_FOR": f"198.51.100.{number}", **reader}
        response = client.post(write_url, form_data(body=f"Ke-{number}"), **headers)
        assert response.status_code == 302
    rotated = {"HTTP_X_FORWARDED_FOR": "198.51.100.99", **reader}
    response = client.post(write_url, form_data(body="Ke-4"), **rotated)
    refused(response, "Terlalu banyak komentar dari alamat Anda.", status=429)
    nothing_stored(story, "Ke-4")
    other = client.post(
        write_url, form_data(body="Orang lain"), REMOTE_ADDR="203.0.113.8"
    )
    assert other.status_code == 302


def test_rate_limit_behind_the_proxy_ignores_what_the_client_wrote(
    client, settings, write_url, form_data
):
    settings.WARTA_COMMENTS_RATE_LIMIT = 2
    settings.WARTA_TRUSTED_PROXIES = ["127.0.0.1"]  # as deploy/warta.env sets
    for forged in ["10.0.0.1", "10.0.0.2"]:
        response = client.post(
            write_url,
            form_data(body=f"Lewat {forged}"),
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR=f"{forged}, 203.0.113.9",
        )
        assert response.status_code == 302
    response = client.post(
        write_url,
        form_data(body="Lewat lagi"),
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_FORWARDED_FOR="10.0.0.3, 203.0.113.9",
    )
    assert response.status_code == 429


@pytest.mark.parametrize("token", [None, "forged" * 6 + "abcd"])
def test_csrf_missing_or_forged_gets_an_indonesian_403(
    story, write_url, form_data, token
):
    browser = Client(enforce_csrf_checks=True)
    browser.get(write_url)  # sets the csrftoken cookie
    data = form_data(body="Tanpa token.")
    if token:
        data["csrfmiddlewaretoken"] = token
    response = browser.post(write_url, data)
    html = refused(response, "Akses ditolak", status=403)
    assert "formulir ini tidak dapat diterima" in html
    nothing_stored(story, "Tanpa token.")


def test_csrf_token_from_the_form_page_is_accepted(story, write_url, form_data):
    browser = Client(enforce_csrf_checks=True)
    browser.get(write_url)
    token = browser.cookies["csrftoken"].value
    response = browser.post(write_url, form_data(csrfmiddlewaretoken=token))
    assert response.status_code == 302
    assert Comment.objects.filter(page=story, status=CommentStatus.PENDING).exists()

"""The WhatsApp composer: a story's Channel post and the morning digest."""

import datetime
from html import unescape
from urllib.parse import parse_qs, quote, urlsplit

import pytest
from django.utils import timezone

from warta.newsroom import roles
from warta.reach.whatsapp import indonesian_date
from warta.sections.front import front_plan
from warta.sections.models import published_pages

pytestmark = pytest.mark.django_db

BUTTON = "Kirim ke WhatsApp"


@pytest.fixture
def story(make_draft, make_staff, settings):
    settings.WARTA_BASE_URL = "https://warta.example"
    return make_draft(
        make_staff(roles.EDITOR),
        live=True,
        title="Harga *Cabai*  Naik Jelang Natal",
        dek="Pedagang di Pasar Senen menyebut pasokan dari Garut tersendat.",
    )


def composed(client, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    text = html.split("readonly>", 1)[1].split("</textarea>", 1)[0]
    return html, unescape(text)


def test_a_story_post_is_bold_headline_dek_and_a_tracked_link(editor_client, story):
    html, text = composed(editor_client, f"/admin/whatsapp/{story.pk}/")
    headline, dek, link = text.split("\n\n")
    assert headline == "*Harga Cabai Naik Jelang Natal*"
    assert dek == "Pedagang di Pasar Senen menyebut pasokan dari Garut tersendat."
    campaign = f"saluran-{timezone.localdate().isoformat()}"
    assert link.startswith("https://warta.example/r/") and link.endswith(
        f".{campaign}/"
    )
    assert f'href="https://wa.me/?text={quote(text, safe="")}"' in html
    assert ">Salin<" in html and "reach/copy.js" in html
    assert "<script>" not in html.split('id="reach-text"', 1)[1]


def test_the_posted_link_counts_and_reaches_the_story(editor_client, reader, story):
    _html, text = composed(editor_client, f"/admin/whatsapp/{story.pk}/")
    link = text.rsplit("\n", 1)[1].removeprefix("https://warta.example")
    response = reader.get(link)
    target = urlsplit(response["Location"])
    assert target.path == story.url
    assert parse_qs(target.query)["utm_source"] == ["whatsapp"]
    assert parse_qs(target.query)["utm_medium"] == ["social"]


def test_a_story_without_a_dek_uses_its_search_description(
    editor_client, make_draft, make_staff
):
    page = make_draft(
        make_staff(roles.EDITOR),
        live=True,
        title="Banjir Rob",
        search_description="Air laut masuk ke permukiman.",
    )
    _html, text = composed(editor_client, f"/admin/whatsapp/{page.pk}/")
    assert text.split("\n\n")[:2] == ["*Banjir Rob*", "Air laut masuk ke permukiman."]


def test_an_unpublished_story_gets_a_message_not_a_post(
    editor_client, make_draft, make_staff
):
    draft = make_draft(make_staff(roles.WRITER))
    response = editor_client.get(f"/admin/whatsapp/{draft.pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Berita ini belum terbit" in html
    assert "<textarea" not in html and "wa.me" not in html


def test_a_writer_gets_a_403(writer_client, story):
    for url in (f"/admin/whatsapp/{story.pk}/", "/admin/whatsapp/pagi/"):
        response = writer_client.get(url)
        assert response.status_code == 403
        assert "hanya untuk redaktur" in response.content.decode()


def test_a_reader_is_sent_to_the_login(reader, story):
    response = reader.get(f"/admin/whatsapp/{story.pk}/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


@pytest.mark.parametrize("page_id", ["0", "2147483648", "9" * 30, "999999"])
def test_hostile_page_ids_are_not_found(editor_client, page_id):
    assert editor_client.get(f"/admin/whatsapp/{page_id}/").status_code == 404


@pytest.mark.parametrize("page_id", ["-1", "abc", "1e3", "%00"])
def test_what_is_no_page_id_is_not_found(editor_client, page_id):
    assert editor_client.get(f"/admin/whatsapp/{page_id}/").status_code == 404


def test_a_page_that_is_no_story_is_not_found(editor_client, home):
    for page in (home, home.sections().first()):
        assert editor_client.get(f"/admin/whatsapp/{page.pk}/").status_code == 404


def test_the_editor_offers_it_for_a_live_story_only(
    editor_client, story, make_draft, make_staff
):
    editor = editor_client.get(f"/admin/pages/{story.pk}/edit/").content.decode()
    assert BUTTON in editor and f"/admin/whatsapp/{story.pk}/" in editor
    draft = make_draft(make_staff(roles.WRITER))
    editor = editor_client.get(f"/admin/pages/{draft.pk}/edit/").content.decode()
    assert BUTTON not in editor


def test_the_explorer_offers_it_on_each_live_story(editor_client, story):
    section = story.get_parent()
    html = editor_client.get(f"/admin/pages/{section.pk}/").content.decode()
    assert f"/admin/whatsapp/{story.pk}/" in html
    assert f"/admin/whatsapp/{section.pk}/" not in html


def test_indonesian_dates():
    assert indonesian_date(datetime.date(2026, 12, 4)) == "Jumat, 4 Desember 2026"
    assert indonesian_date(datetime.date(2027, 1, 3)) == "Minggu, 3 Januari 2027"


def test_the_morning_digest_lists_the_front_with_tracked_links(
    editor_client, reader, home, settings
):
    settings.WARTA_BASE_URL = "https://warta.example"
    today = timezone.localdate()
    html, text = composed(editor_client, "/admin/whatsapp/pagi/")
    heading, blank, *items = text.split("\n")
    assert heading == f"*Harian Warta pagi ini, {indonesian_date(today)}*"
    assert blank == ""
    plan = front_plan(home, published_pages())
    assert len(items) == 1 + len(plan["headlines"]) + 3
    for n, item in enumerate(items, start=1):
        number, rest = item.split(". ", 1)
        title, link = rest.rsplit(" — ", 1)
        assert number == str(n) and title
        assert link.endswith(f".pagi-{today.isoformat()}/")
    lead = home.lead_story
    assert items[0] == f"1. {lead.title} — {items[0].rsplit(' — ', 1)[1]}"
    first = items[0].rsplit(" — ", 1)[1].removeprefix("https://warta.example")
    assert urlsplit(reader.get(first)["Location"]).path == lead.url
    assert "WhatsApp pagi" in html and "wa.me/?text=" in html


def test_the_menu_has_the_morning_digest_for_editors_only(editor_client, writer_client):
    assert "/admin/whatsapp/pagi/" in editor_client.get("/admin/").content.decode()
    assert "/admin/whatsapp/pagi/" not in writer_client.get("/admin/").content.decode()

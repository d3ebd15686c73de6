"""Every page type renders with its data, as a reader sees it."""

import re

import pytest
from django.utils.html import escape

from warta.articles.models import ArticlePage
from warta.editions.models import EditionPage
from warta.multimedia.models import InfographicPage, PhotoGalleryPage, VideoPage
from warta.people.models import Agency, Person

pytestmark = pytest.mark.django_db


def html(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return response.content.decode()


def test_home_shows_the_lead_story_latest_and_every_section(client, home):
    page = html(client, "/")
    lead = home.lead_story
    assert escape(lead.title) in page
    assert "Terkini" in page
    for section in home.sections():
        assert f'href="{section.url}"' in page


def test_section_lists_its_stories_newest_first_and_paginates(client, home):
    section = home.sections().first()
    newest = ArticlePage.objects.child_of(section).listed().first()
    page = html(client, section.url)
    assert escape(newest.title) in page
    assert escape(section.title) in page


@pytest.mark.parametrize("number", ["0", "999", "abc", "-1", "1.5", "9" * 40])
def test_section_page_out_of_range_or_not_a_number_is_a_clean_404(client, home, number):
    section = home.sections().first()
    page = html(client, f"{section.url}?page={number}", status=404)
    assert "Halaman tidak ditemukan" in page


def test_article_page_shows_every_part_of_the_reference_anatomy(client, wire_article):
    article = wire_article
    page = html(client, article.url)
    first_paragraph = article.body[0].value.source
    expected = [
        escape(article.kicker),
        escape(article.title),
        f"Foto : {escape(article.lead_image.credit)}",
        f"{escape(article.lead_caption_title.upper())}</span> I ",
        f'<span class="dateline">{escape(article.dateline.upper())} - </span>',
        f"■</span> Ant/{article.editor.desk_code}",
        f'Redaktur : <a href="/penulis/{article.editor.slug}/">',
        f'Penulis : <a href="/kantor-berita/{article.agency.slug}/">Antara</a>',
        'href="#top">Top</a>',
        " WIB</time>",
    ]
    for part in expected:
        assert part in page, part
    assert escape(first_paragraph[3:40]) in page or first_paragraph[3:40] in page
    for topic in article.topics.all():
        assert f'href="/topik/{topic.slug}/"' in page
    assert page.index(escape(article.kicker)) < page.index("Foto : ")
    assert page.index("Foto : ") < page.index('class="dateline"')
    assert page.index('class="dateline"') < page.index("Redaktur : ")


def test_article_with_staff_writers_links_each_writer(client):
    article = ArticlePage.objects.live().exclude(writer_links=None).first()
    page = html(client, article.url)
    for writer in article.writers:
        assert f'<a href="/penulis/{writer.slug}/">{escape(writer.name)}</a>' in page


def test_update_time_is_shown_when_there_is_one(client):
    article = ArticlePage.objects.live().exclude(updated_at=None).first()
    assert "Diperbarui" in html(client, article.url)


def test_opinion_shows_the_columnist(client):
    article = ArticlePage.objects.live().filter(article_type="opini").first()
    columnist = article.writers[0]
    page = html(client, article.url)
    assert 'class="columnist"' in page and escape(columnist.bio) in page


def test_interview_renders_questions_and_answers(client):
    article = ArticlePage.objects.live().filter(article_type="wawancara").first()
    question = next(b.value["question"] for b in article.body if b.block_type == "qa")
    assert escape(question) in html(client, article.url)


def test_gallery_shows_each_photo_with_caption_and_credit(client):
    gallery = PhotoGalleryPage.objects.live().first()
    page = html(client, gallery.url)
    for photo in gallery.photos.all():
        assert f"Foto : {escape(photo.image.credit)}" in page
        assert escape(photo.caption) in page


def test_video_renders_poster_and_player_without_any_third_party_request(client):
    video = VideoPage.objects.live().first()
    page = html(client, video.url)
    assert f'src="{video.video_file.url}"' in page and 'preload="none"' in page
    assert "<iframe" not in page
    scripts = re.findall(r"<script[^>]*\bsrc=\"([^\"]+)\"", page)
    assert all(src.startswith("/static/") for src in scripts), scripts
    assert escape(video.poster.credit) in page


def test_infographic_carries_its_text_alternative(client):
    infographic = InfographicPage.objects.live().first()
    page = html(client, infographic.url)
    assert "Versi teks" in page and 'aria-describedby="versi-teks"' in page
    assert infographic.text_alternative[:60] in page


def test_edition_gathers_its_articles(client):
    edition = EditionPage.objects.live().first()
    page = html(client, edition.url)
    for article in edition.articles():
        assert escape(article.title) in page


def test_person_profile_lists_their_articles(client):
    person = Person.objects.filter(is_writer=True).exclude(article_links=None).first()
    page = html(client, person.get_absolute_url())
    written = ArticlePage.objects.listed().by_person(person).first()
    assert escape(person.name) in page and escape(written.title) in page


def test_agency_page_lists_wire_copy(client, wire_article):
    page = html(client, wire_article.agency.get_absolute_url())
    assert "Antara" in page and "(Ant)" in page


def test_topic_page_lists_tagged_articles(client, wire_article):
    topic = wire_article.topics.first()
    page = html(client, f"/topik/{topic.slug}/")
    assert escape(topic.name) in page


@pytest.mark.parametrize(
    "url",
    [
        "/topik/tidak-ada-topik-ini/",
        "/topik/%3Cscript%3E/",
        "/penulis/tidak-ada/",
        "/kantor-berita/tidak-ada/",
        "/nasional/tidak-ada-berita-ini/",
        "/../../etc/passwd",
    ],
)
def test_missing_or_hostile_urls_get_the_indonesian_404(client, url):
    page = html(client, url, status=404)
    assert "Halaman tidak ditemukan" in page


@pytest.mark.parametrize(
    "url", ["/media/../../etc/passwd", "/media/%2e%2e/%2e%2e/etc/passwd", "/media/"]
)
def test_media_path_tricks_are_refused_with_a_4xx(client, url):
    client.raise_request_exception = False
    response = client.get(url)
    assert response.status_code in (400, 404)
    assert b"root:" not in response.content


def test_unpublished_articles_are_not_served(client, wire_article):
    url = wire_article.url
    wire_article.unpublish()
    html(client, url, status=404)


def test_agency_and_person_pages_paginate_cleanly(client, wire_article):
    agency = Agency.objects.get(pk=wire_article.agency_id)
    html(client, f"{agency.get_absolute_url()}?page=500", status=404)

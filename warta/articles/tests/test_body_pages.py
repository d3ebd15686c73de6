"""A long story split at the editor's page breaks: ?halaman=2, ?halaman=semua."""

import pytest

from warta.articles.models import ArticlePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def long_story(wire_article):
    wire_article.body = [
        ("paragraph", "<p>Bagian satu paragraf A.</p>"),
        ("paragraph", "<p>Bagian satu paragraf B.</p>"),
        ("page_break", None),
        ("paragraph", "<p>Bagian dua paragraf C.</p>"),
        ("page_break", None),
        ("paragraph", "<p>Bagian tiga paragraf D.</p>"),
    ]
    wire_article.save_revision().publish()
    return ArticlePage.objects.get(pk=wire_article.pk)


def body(client, url):
    response = client.get(url)
    html = response.content.decode()
    return response, html


def canonical(html):
    return html.split('rel="canonical" href="', 1)[1].split('"', 1)[0]


def test_each_part_shows_its_own_paragraphs_and_links_the_others(client, long_story):
    url = long_story.url
    response, first = body(client, url)
    assert response.status_code == 200
    assert "paragraf A" in first and "paragraf C" not in first
    assert 'href="?halaman=2"' in first and "Tampilkan semua" in first
    assert "Lanjut ke halaman 2" in first
    assert 'class="sign-off"' not in first  # the sign-off closes the last part

    _, second = body(client, url + "?halaman=2")
    assert "paragraf C" in second and "paragraf A" not in second
    assert "Halaman 2 dari 3" in second
    # Back to part one is the story's own address, not ?halaman=1.
    assert f'href="{url}"' in second and "?halaman=1" not in second

    _, third = body(client, url + "?halaman=3")
    assert 'class="sign-off"' in third and "Lanjut ke halaman" not in third

    _, whole = body(client, url + "?halaman=semua")
    for text in ("paragraf A", "paragraf B", "paragraf C", "paragraf D"):
        assert text in whole
    assert 'class="sign-off"' in whole and "Semua ditampilkan" in whole


def test_the_canonical_url_is_the_story_on_every_part(client, long_story):
    urls = ["", "?halaman=2", "?halaman=3", "?halaman=semua"]
    found = {canonical(body(client, long_story.url + query)[1]) for query in urls}
    assert len(found) == 1
    assert found.pop().endswith(long_story.url)


@pytest.mark.parametrize("asked", ["999", "0", "-1", "dua", "²", "1e3", "9" * 40])
def test_a_part_that_does_not_exist_is_a_clear_404(client, long_story, asked):
    response = client.get(long_story.url, {"halaman": asked})
    assert response.status_code == 404
    html = response.content.decode()
    assert "tidak ada" in html and "3 halaman" in html


def test_a_story_without_breaks_has_no_page_links(client, wire_article):
    html = client.get(wire_article.url).content.decode()
    assert "Tampilkan semua" not in html and "?halaman=" not in html
    assert client.get(wire_article.url, {"halaman": "semua"}).status_code == 200

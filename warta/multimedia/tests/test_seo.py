"""What galleries, videos and infographics say to search engines."""

import pytest

from warta.core.tests.pagehead import BASE, head
from warta.multimedia.models import InfographicPage, PhotoGalleryPage, VideoPage
from warta.multimedia.seo import embed_url, iso_duration
from warta.people.models import Person

pytestmark = pytest.mark.django_db


@pytest.fixture
def photographer():
    return Person.objects.filter(is_photographer=True).first()


@pytest.fixture
def provider_video(photographer):
    """The demo's video as a provider's link with a camera operator (the demo
    itself plays an uploaded file)."""
    video = VideoPage.objects.live().first()
    video.provider_url = "https://www.youtube.com/watch?v=abc_1"
    video.video_file = None
    video.videographer = photographer
    video.save()
    return video


def test_video_is_a_video_object(client, provider_video):
    video = provider_video
    tags = head(client, video.url)
    assert tags.types == ["VideoObject", "BreadcrumbList"]
    data = tags.of_type("VideoObject")
    assert data["name"] == video.title
    assert data["uploadDate"].endswith("+07:00")
    assert data["thumbnailUrl"][0].startswith(BASE + "/media/")
    assert data["embedUrl"] == embed_url(video.provider_url)
    assert data["embedUrl"].startswith("https://www.youtube.com/embed/")
    assert data["duration"] == iso_duration(video.duration)
    assert data["description"] == tags.one("description")
    assert [who["name"] for who in data["author"]] == [video.videographer.name]
    assert tags.links["canonical"] == BASE + video.url
    assert ".fill-1200x630." in tags.one("og:image")


def test_a_video_without_a_dek_is_described_by_its_text(client, provider_video):
    video = provider_video
    video.dek = ""
    video.save()
    description = head(client, video.url).one("description")
    assert description
    assert "<" not in description
    assert description.split()[0] in video.description


@pytest.mark.parametrize("model", [PhotoGalleryPage, InfographicPage])
def test_galleries_and_infographics_are_news_articles(client, model):
    story = model.objects.live().first()
    tags = head(client, story.url)
    assert tags.types == ["NewsArticle", "BreadcrumbList"]
    data = tags.of_type("NewsArticle")
    assert data["headline"] == story.title
    assert len(data["image"]) == 3
    assert data["articleSection"] == story.get_parent().title
    assert tags.one("og:type") == "article"
    assert tags.links["canonical"] == BASE + story.url
    assert ".fill-1200x630." in tags.one("og:image")


def test_a_gallery_is_credited_to_its_photographer(client, photographer):
    gallery = PhotoGalleryPage.objects.live().first()
    gallery.photographer = photographer
    gallery.save()
    data = head(client, gallery.url).of_type("NewsArticle")
    assert data["author"] == [
        {
            "@type": "Person",
            "name": gallery.photographer.name,
            "url": f"{BASE}/penulis/{gallery.photographer.slug}/",
        }
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("03:42", "PT3M42S"), ("1:00:05", "PT1H5S"), ("0:00", "PT0S"), ("abc", "")],
)
def test_iso_duration(text, expected):
    assert iso_duration(text) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://www.youtube.com/watch?v=abc_1",
            "https://www.youtube.com/embed/abc_1",
        ),
        ("https://youtu.be/abc_1", "https://www.youtube.com/embed/abc_1"),
        ("https://vimeo.com/12345", "https://player.vimeo.com/video/12345"),
        ("https://example.com/video/1", ""),
        ("https://www.youtube.com/watch?v=a%22b", ""),
    ],
)
def test_embed_url(url, expected):
    assert embed_url(url) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://youtu.be/abc_1",
            "https://www.youtube-nocookie.com/embed/abc_1?autoplay=1",
        ),
        (
            "https://vimeo.com/12345",
            "https://player.vimeo.com/video/12345?dnt=1&autoplay=1",
        ),
        ("https://example.com/video/1", ""),
    ],
)
def test_the_player_loaded_on_tap_is_the_privacy_friendly_one(url, expected):
    assert VideoPage(provider_url=url).player_url == expected

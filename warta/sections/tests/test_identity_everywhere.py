"""The identity an editor saves in the admin names the paper everywhere at once.

With the page cache on, as readers get it: every page was kept before the
change, and after one save of *Pengaturan* → *Identitas koran* the front, a
section, a story, the feeds, the news sitemap, the manifest and the
newsroom's e-mails all say the new name and show the new logo, none after the
cache's hour.
"""

import json
import re
from xml.etree import ElementTree

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import override_settings
from wagtail.models import Site

from warta.delivery import keys
from warta.images.models import WartaImage
from warta.newsroom import mail
from warta.newsroom.models import Notification, NotificationKind
from warta.sections.models import CHROME_SURFACE, PaperIdentity

pytestmark = pytest.mark.django_db
NEW = "Kabar Nusantara"
JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


@pytest.fixture
def page_cache(settings):
    """The page cache on (the test settings keep it off) and empty."""
    settings.WARTA_PAGE_CACHE = True
    settings.WARTA_PAGE_CACHE_SECONDS = 3600
    cache.clear()
    yield
    cache.clear()
    keys.bump([CHROME_SURFACE])  # the rolled-back identity must not stay kept


@pytest.fixture
def site():
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def pages(home, wire_article):
    section = home.navigation()[0]
    return {
        "front": "/",
        "section": section.url,
        "story": wire_article.url,
        "search": "/cari/?q=banjir",
        "missing": "/tidak-ada-halaman-ini/",
    }


def save_in_admin(admin_client, site, **fields):
    """Pengaturan → Identitas koran, filled and sent as an editor does."""
    identity = PaperIdentity.for_site(site)
    data = {
        "name": identity.name,
        "tagline": identity.tagline,
        "logo": identity.logo_id or "",
        "brand_colour": identity.brand_colour,
        "masthead": identity.masthead,
        **fields,
    }
    url = f"/admin/settings/sections/paperidentity/{site.pk}/"
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]


def served(client, url):
    response = client.get(url)
    assert response.status_code in (200, 404), url
    return response


def head(html):
    site_name = re.search(r'<meta property="og:site_name" content="([^"]*)"', html)
    title = re.search(r"<title>(.*?)</title>", html, re.S)
    return site_name.group(1) if site_name else None, title.group(1).strip()


def publishers(html):
    found = []
    for script in JSON_LD.findall(html):
        data = json.loads(script)
        if data.get("@type") in ("Organization", "WebSite"):
            found.append(data)
        if "publisher" in data:
            found.append(data["publisher"])
    return found


def feed_and_sitemap_names(client, section_url):
    rss = ElementTree.fromstring(client.get("/rss/").content)
    slug = section_url.strip("/").split("/")[-1]
    section_rss = ElementTree.fromstring(client.get(f"/rubrik/{slug}/rss/").content)
    news = client.get("/news-sitemap.xml").content.decode()
    return {
        "paper feed": rss.findtext("channel/title"),
        "section feed": section_rss.findtext("channel/title").split(" — ")[0],
        "news sitemap": re.search(r"<news:name>(.*?)</news:name>", news).group(1),
        "manifest": client.get("/manifest.webmanifest").json()["name"],
    }


def test_a_name_saved_in_the_admin_is_everywhere_at_once(
    client, admin_client, site, pages, page_cache
):
    for url in pages.values():  # every page kept as the old paper
        assert served(client, url)["X-Page-Cache"] == "miss"
        assert served(client, url)["X-Page-Cache"] == "hit"
        assert "Harian Warta" in head(served(client, url).content.decode())[1]
    assert set(feed_and_sitemap_names(client, pages["section"]).values()) == {
        "Harian Warta"
    }

    save_in_admin(admin_client, site, name=NEW)

    for kind, url in pages.items():
        response = served(client, url)
        assert response["X-Page-Cache"] == "miss", kind  # not the kept old page
        html = response.content.decode()
        site_name, title = head(html)
        # Search and the 404 say nothing to link previews (no metadata).
        assert site_name == (None if kind in ("search", "missing") else NEW), kind
        assert NEW in title, kind
        assert "Harian Warta" not in html, kind
        for publisher in publishers(html):
            assert publisher["name"] == NEW, kind
    front = served(client, pages["front"]).content.decode()
    assert {p["@type"] for p in publishers(front)} == {"WebSite", "Organization"}
    assert publishers(served(client, pages["story"]).content.decode())
    assert set(feed_and_sitemap_names(client, pages["section"]).values()) == {NEW}


def test_a_new_logo_and_colour_replace_the_kept_ones_at_once(
    client, admin_client, site, pages, page_cache
):
    for url in pages.values():
        served(client, url)
    assert 'src="/static/warta/logo.svg"' in served(client, "/").content.decode()
    logo = WartaImage.objects.first()

    save_in_admin(admin_client, site, logo=logo.pk, brand_colour="#0B4F8C")

    for kind, url in pages.items():
        html = served(client, url).content.decode()
        assert "logo.svg" not in html, kind
        assert re.search(r'class="logo" src="/media/images/[^"]+"', html), kind
        assert 'href="/warna.css?w=0b4f8c"' in html, kind
    story = served(client, pages["story"]).content.decode()
    (publisher,) = [p for p in publishers(story) if "logo" in p]
    assert "/media/images/" in publisher["logo"]  # Google's logo is ours too


def test_replacing_the_logos_file_shows_the_new_one_at_once(
    client, site, page_cache, django_capture_on_commit_callbacks
):
    identity = PaperIdentity.for_site(site)
    identity.logo = WartaImage.objects.first()
    identity.save()
    before = re.search(
        r'class="logo" src="([^"]+)"', served(client, "/").content.decode()
    )
    identity.logo.focal_point_x = 10  # any edit of the image: a new rendition set
    identity.logo.focal_point_y = 10
    identity.logo.focal_point_width = 5
    identity.logo.focal_point_height = 5
    with django_capture_on_commit_callbacks(execute=True):
        identity.logo.save()
    response = served(client, "/")
    assert response["X-Page-Cache"] == "miss"
    assert before.group(1) in response.content.decode()  # same file, still served


@override_settings(DEFAULT_FROM_EMAIL="Harian Warta <redaksi@warta.example>")
def test_the_newsrooms_mail_is_sent_in_the_papers_name(
    admin_client, site, wire_article
):
    save_in_admin(admin_client, site, name=NEW)
    editor = get_user_model().objects.filter(is_superuser=True).first()
    notification = Notification.objects.create(
        recipient=editor, kind=NotificationKind.PUBLISHED, page=wire_article
    )
    message = mail.message(notification)
    assert message.from_email == f"{NEW} <redaksi@warta.example>"
    assert message.subject.startswith(f"[{NEW}] ")
    assert f"{NEW} · Redaksi" in message.body


@override_settings(DEFAULT_FROM_EMAIL="Redaksi Kabar <kabar@warta.example>")
def test_a_from_name_the_operator_wrote_stays(admin_client, site, wire_article):
    save_in_admin(admin_client, site, name=NEW)
    assert mail.sender(NEW) == "Redaksi Kabar <kabar@warta.example>"

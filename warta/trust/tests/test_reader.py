"""What a reader, a feed reader, a crawler and an app see of the trust features."""

import json
import re
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from warta.core.seo import iso_datetime
from warta.popularity.models import StoryViewCount
from warta.popularity.queries import most_read
from warta.trust.models import Correction, Takedown

pytestmark = pytest.mark.django_db


def json_ld(html, kind):
    for block in re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', html, re.S
    ):
        data = json.loads(block)
        if data.get("@type") == kind:
            return data
    raise AssertionError(f"no {kind}")


def test_correction_shows_at_the_top_with_time_and_link(client, demo):
    html = client.get(demo["replied"].url).content.decode()
    box = html.index('class="corrections"')
    assert box < html.index('class="story-body"')
    assert "Hak jawab" in html[box:]
    assert "PT Graha Bangun Sentosa menyampaikan hak jawab" in html
    assert f'href="{demo["reply"].url}"' in html[box:]
    assert "WIB" in html[box : box + 600]


def test_correction_moves_date_modified_and_sitemaps(client, demo):
    page = demo["corrected"]
    correction = Correction.objects.create(page=page, kind="ralat", text="Angka.")
    assert correction.published_at > (page.updated_at or page.last_published_at)
    article = json_ld(client.get(page.url).content.decode(), "NewsArticle")
    assert article["dateModified"] == iso_datetime(correction.published_at)
    sitemap = client.get("/sitemap-halaman.xml").content.decode()
    entry = sitemap[sitemap.index(page.url_path.removeprefix("/home")) :]
    local = timezone.localtime(correction.published_at).replace(microsecond=0)
    assert entry.split("<lastmod>")[1].startswith(local.isoformat())


def test_corrections_page_lists_newest_first_with_a_feed(client, demo):
    html = client.get("/ralat/").content.decode()
    first, second = (
        html.index(demo["corrected"].title),
        html.index(demo["replied"].title),
    )
    assert first < second  # the NTT correction (2 h ago) before the reply (20 h)
    assert 'href="/ralat/rss/"' in html
    feed = ET.fromstring(client.get("/ralat/rss/").content)
    titles = [item.findtext("title") for item in feed.iter("item")]
    assert titles[0] == f"Ralat: {demo['corrected'].title}"
    assert titles[1] == f"Hak jawab: {demo['replied'].title}"


def test_verification_notice(client, demo):
    html = client.get(demo["unverified"].url).content.decode()
    assert "Masih diverifikasi." in html
    assert "Masih diverifikasi." not in client.get(demo["reply"].url).content.decode()
    api = client.get(f"/api/v1/articles/{demo['unverified'].pk}").json()
    assert api["needs_verification"] is True


def test_advertorial_carries_its_label_everywhere(client, demo):
    ad = demo["advertorial"]
    html = client.get(ad.url).content.decode()
    head = html[html.index('class="story-head"') :]
    assert head.index("Advertorial / Konten Sponsor") < head.index('class="headline"')
    assert json_ld(html, "AdvertiserContentArticle")["headline"] == ad.title
    section = client.get(ad.get_parent().url).content.decode()
    card = section[: section.index(ad.title)]
    assert (
        card[card.rindex('<article class="card') :].count(
            "Advertorial / Konten Sponsor"
        )
        == 1
    )
    rss = ET.fromstring(client.get("/rss/").content)
    item = next(i for i in rss.iter("item") if ad.title in i.findtext("title"))
    assert item.findtext("title") == f"[Advertorial / Konten Sponsor] {ad.title}"
    assert "Advertorial / Konten Sponsor" in [c.text for c in item.findall("category")]
    api = client.get(f"/api/v1/articles/{ad.pk}").json()
    assert api["label"] == "Advertorial / Konten Sponsor" and api["sponsored"] is True
    listed = client.get("/api/v1/articles?limit=100").json()["items"]
    assert next(a for a in listed if a["id"] == ad.pk)["sponsored"] is True


def test_advertorial_is_never_most_read_nor_in_google_news(client, demo):
    ad = demo["advertorial"]
    hour = timezone.now().replace(minute=0, second=0, microsecond=0)
    StoryViewCount.objects.update_or_create(
        page=ad, hour=hour, defaults={"count": 10**6}
    )
    assert ad.pk not in [page.pk for page in most_read(limit=10)]
    news = client.get("/news-sitemap.xml").content.decode()
    assert ad.title not in news
    assert demo["unverified"].title in news


def test_takedown_answers_410_with_the_reason(client, demo):
    page = demo["taken_down"]
    takedown = Takedown.objects.get(page=page)
    assert not page.live
    response = client.get(takedown.path)
    assert response.status_code == 410
    html = response.content.decode()
    assert "Berita ini telah dicabut" in html and takedown.reason in html
    assert response["Cache-Control"] == "public, max-age=60"
    listing = client.get("/pencabutan/").content.decode()
    assert takedown.title in listing and takedown.reason in listing
    assert client.get("/tidak-ada-sama-sekali/").status_code == 404


def test_takedown_is_never_cached_as_a_page(client, demo, page_cache):
    path = Takedown.objects.get(page=demo["taken_down"]).path
    for _ in range(2):
        response = client.get(path)
        assert response.status_code == 410
        assert "X-Page-Cache" not in response


def test_correction_invalidates_the_page_cache(client, demo, page_cache):
    page = demo["reply"]
    assert client.get(page.url)["X-Page-Cache"] == "miss"
    assert client.get(page.url)["X-Page-Cache"] == "hit"
    Correction.objects.create(page=page, kind="ralat", text="Ejaan nama diperbaiki.")
    response = client.get(page.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Ejaan nama diperbaiki." in response.content.decode()
    assert "Ejaan nama diperbaiki." in client.get("/ralat/").content.decode()


def test_live_report_page_and_poll(client, demo):
    live = demo["live"]
    html = client.get(live.url).content.decode()
    assert "Langsung" in html and "5</span> pembaruan" in html
    assert f'data-poll-url="{live.poll_url}"' in html and "warta/live.js" in html
    times = re.findall(r'class="live-update__time"><time datetime="([^"]+)"', html)
    assert times == sorted(times, reverse=True) and len(times) == 5
    posting = json_ld(html, "LiveBlogPosting")
    assert posting["coverageStartTime"] == iso_datetime(live.coverage_start)
    assert "coverageEndTime" not in posting
    assert len(posting["liveBlogUpdate"]) == 5
    response = client.get(live.poll_url)
    assert response["Cache-Control"].startswith("public, max-age=10")
    data = response.json()
    assert data["running"] is True and data["count"] == 5
    assert data["updates"][0]["time"] == data["last_update"]
    assert data["last_update"][:19] == times[0][:19]


def test_closed_live_report_reads_as_a_story(client, demo):
    live = demo["live"]
    live.coverage_end = timezone.now()
    live.save_revision().publish()
    html = client.get(live.url).content.decode()
    assert "data-poll-url" not in html and "live.js" not in html
    assert "Kronologi liputan" in html and "telah berakhir" in html
    assert "coverageEndTime" in json_ld(html, "LiveBlogPosting")
    assert client.get(live.poll_url).json()["running"] is False


def test_live_update_invalidates_the_poll_cache(client, demo, page_cache):
    from warta.trust.models import LiveUpdate

    live = demo["live"]
    assert client.get(live.poll_url)["X-Page-Cache"] == "miss"
    assert client.get(live.poll_url)["X-Page-Cache"] == "hit"
    live.live_updates.add(LiveUpdate(body="<p>Pembaruan uji.</p>", title="Baru"))
    live.save_revision().publish()
    data = client.get(live.poll_url).json()
    assert data["count"] == 6 and data["updates"][0]["title"] == "Baru"


def test_corrections_and_updates_cost_no_query_each(
    client, demo, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from warta.trust.models import LiveUpdate

    def count(url):
        client.get(url)  # renditions warm
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    page, live = demo["corrected"], demo["live"]
    before, live_before = count(page.url), count(live.url)
    for n in range(3):
        Correction.objects.create(page=page, kind="hak_jawab", text=f"Jawaban {n}.")
        live.live_updates.add(LiveUpdate(body=f"<p>Uji {n}.</p>"))
    live.save_revision().publish()
    assert count(page.url) == before
    assert count(live.url) == live_before


@pytest.mark.parametrize("path", ["/%00/", "/berita/%00x/", "/" + "a" * 300 + "/"])
def test_odd_unknown_addresses_are_a_plain_404_never_a_500(client, path):
    response = client.get(path)
    assert response.status_code == 404

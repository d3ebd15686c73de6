"""One way to write a time on every page a reader sees: "14.05 WIB" (PUEBI),
never "14:05" on a story's head next to "14.05" on its card."""

import re

from warta.articles.models import ArticlePage
from warta.trust.models import LiveReportPage

# A time of day (durations such as a video's "00:10" keep their colon).
COLON_TIME = re.compile(r"\b\d{1,2}:\d{2}\s*WI[BT]A?\b")
PERIOD_TIME = re.compile(r"\b\d{2}\.\d{2} WI[BT]A?\b")


def visible_text(html):
    """What a reader reads: no tags, attributes (datetime="…"), scripts, styles."""
    html = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", html)
    return re.sub(r"(?s)<[^>]+>", " ", html)


def test_story_head_writes_times_as_cards_do(client, wire_article):
    text = visible_text(client.get(wire_article.url).content.decode())
    assert PERIOD_TIME.search(text), "the story's head shows its time"
    assert not COLON_TIME.findall(text)


def test_home_and_section_times_are_one_format(client, home, wire_article):
    for url in (home.url, wire_article.get_parent().url):
        text = visible_text(client.get(url).content.decode())
        assert PERIOD_TIME.search(text) and not COLON_TIME.findall(text), url


def test_live_report_page_and_its_poll_write_times_with_a_period(client, db):
    live = LiveReportPage.objects.live().first()
    text = visible_text(client.get(live.url).content.decode())
    assert PERIOD_TIME.search(text) and not COLON_TIME.findall(text)
    updates = client.get(live.poll_url).json()["updates"]
    labels = [update["time_label"] for update in updates]
    assert labels and all(PERIOD_TIME.search(label) for label in labels), labels
    assert not any(COLON_TIME.search(label) for label in labels), labels


def test_feed_items_carry_no_colon_time_in_their_visible_text(client, db):
    body = client.get("/rss/").content.decode()
    # Dates in RSS are RFC 822 ("Wed, 02 Dec 2026 14:05:00 +0700"): machine text.
    for title in re.findall(r"<title>(.*?)</title>", body):
        assert not COLON_TIME.search(title), title
    assert ArticlePage.objects.live().exists()

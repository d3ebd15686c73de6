"""No story twice on the front page; media in one band; live reports badged."""

import collections
import re

import pytest

from warta.editions.models import EditionPage
from warta.popularity.models import StoryViewCount
from warta.sections.front import MOST_READ

pytestmark = pytest.mark.django_db

# A story's links a reader follows: a card's picture repeats its headline's
# link with tabindex="-1" (hidden from keyboards and screen readers).
LINK = re.compile(r'<a (?![^>]*tabindex="-1")[^>]*href="(/[^"?#]*/[^"?#]+/)"')


def story_links(html, home):
    main = html.split("<main", 1)[1].split("</main>", 1)[0]
    sections = {section.url for section in home.navigation()}
    return collections.Counter(url for url in LINK.findall(main) if url not in sections)


def test_no_story_is_shown_twice_on_the_home_page(client, home):
    links = story_links(client.get("/").content.decode(), home)
    assert len(links) > 30  # the front is full
    assert [url for url, count in links.items() if count > 1] == []


def test_most_read_stories_leave_the_strips_not_the_list(client, home):
    html = client.get("/").content.decode()
    strip_story = re.search(
        r'class="strip".*?class="card__title"><a href="([^"]+)"', html, re.S
    ).group(1)
    from warta.articles.models import ArticlePage

    story = next(p for p in ArticlePage.objects.live() if p.url == strip_story)
    StoryViewCount.objects.update_or_create(
        page=story, hour=_this_hour(), defaults={"count": 10_000}
    )
    from warta.delivery import kept

    kept.RANKINGS.cache.clear()  # the minute's ranking, recomputed now
    html = client.get("/").content.decode()
    most_read = html.split('id="terpopuler"', 1)[1].split("</ol>", 1)[0]
    assert f'href="{strip_story}"' in most_read
    links = story_links(html, home)
    assert links[strip_story] == 1
    assert 0 < most_read.count("<li>") <= MOST_READ


def _this_hour():
    from django.utils import timezone

    return timezone.now().replace(minute=0, second=0, microsecond=0)


def test_the_weekend_edition_shows_once(client, home):
    edition = EditionPage.objects.live().order_by("-edition_date").first()
    html = client.get("/").content.decode()
    assert story_links(html, home)[edition.url] == 1


def test_media_desks_share_one_band_with_counts_and_durations(client):
    html = client.get("/").content.decode()
    band = html.split('class="strip media-band"', 1)[1].split("</section>", 1)[0]
    assert re.search(r"\d+ foto", band)  # a gallery's photo count
    assert re.search(r"\d\d:\d\d", band)  # a video's length
    assert "Infografis" in band
    assert band.count('class="card') % 4 == 0 or band.count('class="card') < 4


def test_a_running_live_report_is_badged_langsung(client, home):
    from warta.trust.models import LiveReportPage

    report = LiveReportPage.objects.live().filter(coverage_end=None).first()
    section = client.get(report.get_parent().url).content.decode()
    card = section.split(f'href="{report.url}"', 1)[0].rsplit("<article", 1)[1]
    card += section.split(f'href="{report.url}"', 2)[-1].split("</article>", 1)[0]
    assert "Langsung" in card

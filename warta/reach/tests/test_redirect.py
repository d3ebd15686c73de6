"""``/r/<code>/``: one click per reader's GET, then on to the story with UTM."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.db.models import Sum
from django.utils import timezone

from warta.reach.models import Click
from warta.reach.tests.conftest import PHONE

pytestmark = pytest.mark.django_db


def clicks(**filters):
    return Click.objects.filter(**filters).aggregate(n=Sum("count", default=0))["n"]


def test_each_get_counts_one_click_and_goes_to_the_story(reader, link, wire_article):
    url = link("nawala", "pagi-2026-12-04")
    response = reader.get(url)
    assert response.status_code == 302
    target = urlsplit(response["Location"])
    assert f"{target.scheme}://{target.netloc}" == "https://warta.example"
    assert target.path == wire_article.url
    assert parse_qs(target.query) == {
        "utm_source": ["nawala"],
        "utm_medium": ["email"],
        "utm_campaign": ["pagi-2026-12-04"],
    }
    assert clicks() == 1
    reader.get(url)
    row = Click.objects.get()
    assert (row.page_id, row.channel, row.campaign) == (
        wire_article.pk,
        "nawala",
        "pagi-2026-12-04",
    )
    assert (row.day, row.count) == (timezone.localdate(), 2)


@pytest.mark.parametrize(
    ("channel", "medium"), [("push", "push"), ("whatsapp", "social")]
)
def test_each_channel_has_its_medium(reader, link, channel, medium):
    query = parse_qs(urlsplit(reader.get(link(channel))["Location"]).query)
    assert query == {"utm_source": [channel], "utm_medium": [medium]}
    assert clicks(channel=channel) == 1


def test_the_answer_sets_no_cookie_and_is_never_stored(reader, link):
    response = reader.get(link("push"))
    assert not response.cookies and "Set-Cookie" not in response
    assert response["Cache-Control"] == "private, no-store"


def test_a_reader_with_a_session_cookie_gets_no_new_cookie(reader, link):
    reader.cookies["sessionid"] = "something-old"
    reader.cookies["csrftoken"] = "x" * 32
    response = reader.get(link("push"))
    assert response.status_code == 302 and not response.cookies


def test_a_head_request_is_answered_but_not_counted(reader, link):
    response = reader.head(link("whatsapp"))
    assert response.status_code == 302 and clicks() == 0


@pytest.mark.parametrize(
    "agent",
    [
        "WhatsApp/2.23.20.0",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
        "TelegramBot (like TwitterBot)",
        "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
        "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)",
        "Mozilla/5.0 (compatible; Googlebot/2.1)",
        "SomeCrawler/1.0",
        "Mozilla/5.0 LinkPreview",
        "",
    ],
)
def test_link_previews_and_bots_are_sent_on_but_not_counted(client, link, agent):
    response = client.get(link("whatsapp"), HTTP_USER_AGENT=agent)
    assert response.status_code == 302 and clicks() == 0


def test_a_prefetch_is_not_a_click(reader, link):
    reader.get(link("push"), HTTP_SEC_PURPOSE="prefetch")
    assert clicks() == 0


def test_a_cubot_phone_is_a_reader_not_a_bot(client, link):
    client.get(link("push"), HTTP_USER_AGENT=PHONE.replace("SM-A546E", "CUBOT X70"))
    assert clicks() == 1


def test_a_post_is_refused(reader, link):
    assert reader.post(link("push")).status_code == 405
    assert clicks() == 0


HOSTILE = [
    "x",
    "garbage",
    "w1.AAAAAAAAAAA",
    "w1.AAAAAAAAAAA.pagi",
    "n" + "z" * 500,
    "%00",
    "n1.%00%00%00%00%00%00%00%00%00%00%00",
    "n1.' OR 1=1 --",
    "n\u0661.AAAAAAAAAAA",  # an Arabic-Indic digit one
    "nzzzzzzzzzzzzzzzzzzzzzzzz.AAAAAAAAAAA",
]


@pytest.mark.parametrize("code", HOSTILE)
def test_garbage_codes_are_not_found(reader, code):
    response = reader.get(f"/r/{code}/")
    assert response.status_code == 404
    assert response["Cache-Control"] == "private, no-store"
    assert clicks() == 0


def test_a_code_with_slashes_is_not_found(reader):
    assert reader.get("/r/..%2F..%2Fadmin/").status_code == 404
    assert reader.get("/r/n1/AAAAAAAAAAA/").status_code == 404


def test_a_forged_or_cut_code_is_not_found(reader, link):
    head, signature, campaign = (
        link("nawala", "pagi").strip("/").split("/")[1].split(".")
    )
    flipped = ("B" if signature[0] == "A" else "A") + signature[1:]
    for forged in (
        f"{head}.{flipped}.{campaign}",
        f"{head}.{signature[:6]}.{campaign}",
        f"{head}.{signature}.lain",
        f"{head}.{signature}",
        f"{head}.{signature}.{campaign}.{campaign}",
        f"{head}.{signature}.{campaign}" + "a" * 200,
    ):
        assert reader.get(f"/r/{forged}/").status_code == 404, forged
    assert clicks() == 0


def test_a_story_no_longer_live_is_not_found(reader, link, wire_article):
    url = link("nawala", "pagi")
    wire_article.unpublish()
    response = reader.get(url)
    assert response.status_code == 404 and clicks() == 0


def test_a_genuine_code_for_a_page_that_is_no_story_is_not_found(reader, link, home):
    section = home.sections().first()
    assert reader.get(link("push", page=section)).status_code == 404
    assert reader.get(link("push", page=home)).status_code == 404
    assert clicks() == 0


def test_a_story_republished_is_found_at_once_through_the_page_cache(
    page_cache, reader, link, wire_article
):
    url = link("push")
    revision = wire_article.get_latest_revision()
    wire_article.unpublish()
    assert reader.get(url).status_code == 404
    revision.publish()
    assert reader.get(url).status_code == 302
    assert reader.get(url).status_code == 302
    assert clicks() == 2


def test_the_redirect_takes_a_few_queries(reader, link, django_assert_max_num_queries):
    url = link("push")
    reader.get(url)  # the site and content types, read once per process
    with django_assert_max_num_queries(4):
        assert reader.get(url).status_code == 302

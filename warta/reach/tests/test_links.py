"""Tracked links: short, absolute, and impossible to mint without the key."""

import re

import pytest

from warta.reach.choices import Channel
from warta.reach.links import Link, clean_campaign, make_code, read_code, tracked_url


class Page:
    def __init__(self, pk):
        self.pk = pk


def test_a_tracked_url_is_absolute_short_and_reads_back(settings):
    settings.WARTA_BASE_URL = "https://warta.example"
    url = tracked_url(Page(4821), "whatsapp", "saluran-2026-12-04")
    assert re.fullmatch(r"https://warta\.example/r/[\w.-]+/", url)
    code = url.split("/")[-2]
    assert len(code) <= 40
    assert read_code(code) == Link(4821, Channel.WHATSAPP, "saluran-2026-12-04")


def test_without_a_campaign_the_code_is_shorter_still():
    code = make_code(7, "push")
    assert len(code) <= 15 and read_code(code) == Link(7, Channel.PUSH, "")


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("Pagi 4/12 Über!", "pagi-412-uber"),
        ("pagi_2026__12", "pagi-2026-12"),
        ("<script>alert(1)</script>", "scriptalert1script"),
        ("x" * 100, "x" * 40),
        ("   ", ""),
    ],
)
def test_a_campaign_is_cleaned_to_a_short_slug(given, kept):
    assert clean_campaign(given) == kept
    assert read_code(make_code(5, "nawala", given)).campaign == kept


@pytest.mark.parametrize("channel", ["email", "", "WhatsApp", None])
def test_an_unknown_channel_is_refused(channel):
    with pytest.raises(ValueError):
        make_code(5, channel)


@pytest.mark.parametrize("page_id", [0, -1, 2**31, "5", None])
def test_a_page_id_out_of_range_is_refused(page_id):
    with pytest.raises(ValueError):
        make_code(page_id, "push")


def forgeries(code):
    head, signature, campaign = code.split(".")
    flipped = ("A" if signature[0] != "A" else "B") + signature[1:]
    other_page = head[0] + ("1" if head[1:] != "1" else "2")
    yield f"{head}.{flipped}.{campaign}"  # a guessed signature
    yield f"{other_page}.{signature}.{campaign}"  # another story
    yield f"p{head[1:]}.{signature}.{campaign}"  # another channel
    yield f"{head}.{signature}.pagi-2099-01-01"  # another campaign
    yield f"{head}.{signature}"  # the campaign cut off
    yield f"{head}.{signature[:-1]}.{campaign}"  # truncated
    yield code + "x"


def test_every_change_to_a_code_makes_it_unreadable():
    code = make_code(4821, "whatsapp", "saluran-2026-12-04")
    for forged in forgeries(code):
        assert read_code(forged) is None, forged


def test_links_sent_before_the_key_was_rotated_keep_working(settings):
    code = make_code(4821, "nawala", "pagi")
    settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
    settings.SECRET_KEY = "a-new-key-after-rotation"
    assert read_code(code) == Link(4821, Channel.NAWALA, "pagi")
    settings.SECRET_KEY_FALLBACKS = []
    assert read_code(code) is None

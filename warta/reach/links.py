"""Tracked links: ``/r/<code>/`` counts a click and sends the reader on.

The code carries everything the redirect needs (the story, the channel and the
campaign) and a truncated HMAC over it, so no row is stored per link and nobody
can mint a code for a story or campaign we did not send::

    w2Bi.Xk3b9aQ2zR0.saluran-2026-12-04
    ^^^^ ^^^^^^^^^^^ ^^^^^^^^^^^^^^^^^^
    channel letter and base62 page id, signature, campaign (optional)

Codes are checked against ``SECRET_KEY`` and then ``SECRET_KEY_FALLBACKS``, so
the links in last week's newsletters keep working after the key is rotated.
"""

import base64
import re
from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.text import slugify

from warta.popularity.models import MAX_PAGE_ID
from warta.reach.choices import LETTERS, Channel

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
SALT = "warta.reach.links"
SIGNATURE_BYTES = 8  # 64 bits: guessing one code takes ~10^19 tries
CAMPAIGN_MAX = 40
CODE_MAX = 80  # longer than any code tracked_url makes; anything longer is junk
CODE = re.compile(
    r"(?P<letter>[a-z])(?P<page>[0-9A-Za-z]{1,6})"
    r"\.(?P<signature>[A-Za-z0-9_-]{11})"
    rf"(?:\.(?P<campaign>[a-z0-9-]{{1,{CAMPAIGN_MAX}}}))?"
)
CHANNELS = {letter: channel for channel, letter in LETTERS.items()}


@dataclass(frozen=True)
class Link:
    page_id: int
    channel: Channel
    campaign: str


def tracked_url(page, channel, campaign=""):
    """The absolute tracked address of ``page`` for ``channel`` ("nawala",
    "push" or "whatsapp"); ``campaign`` is cleaned to a short slug."""
    return settings.WARTA_BASE_URL + reverse(
        "reach:click", args=[make_code(page.pk, channel, campaign)]
    )


def clean_campaign(campaign):
    """``campaign`` as lowercase ASCII letters, digits and hyphens, at most
    CAMPAIGN_MAX characters ("Pagi 4/12" becomes "pagi-412")."""
    slug = slugify(str(campaign or "")).replace("_", "-")
    return re.sub(r"-{2,}", "-", slug)[:CAMPAIGN_MAX].strip("-")


def make_code(page_id, channel, campaign=""):
    if channel not in LETTERS:
        raise ValueError(f"Unknown channel {channel!r}: one of {Channel.values}")
    if not isinstance(page_id, int) or not 0 < page_id <= MAX_PAGE_ID:
        raise ValueError(f"Not a page id: {page_id!r}")
    head = LETTERS[Channel(channel)] + base62(page_id)
    campaign = clean_campaign(campaign)
    code = f"{head}.{signature(head, campaign, settings.SECRET_KEY)}"
    return f"{code}.{campaign}" if campaign else code


def read_code(code):
    """The ``Link`` a genuine code stands for, or None for anything else."""
    match = CODE.fullmatch(code) if len(code) <= CODE_MAX else None
    if match is None or match["letter"] not in CHANNELS:
        return None
    head, campaign = match["letter"] + match["page"], match["campaign"] or ""
    keys = [settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS]
    if not any(
        constant_time_compare(match["signature"], signature(head, campaign, key))
        for key in keys
    ):
        return None
    page_id = from_base62(match["page"])
    if not 0 < page_id <= MAX_PAGE_ID:
        return None
    return Link(page_id, CHANNELS[match["letter"]], campaign)


def signature(head, campaign, key):
    digest = salted_hmac(SALT, f"{head}.{campaign}", secret=key, algorithm="sha256")
    return base64.urlsafe_b64encode(digest.digest()[:SIGNATURE_BYTES]).decode()[:11]


def base62(number):
    digits = ""
    while True:
        number, rest = divmod(number, 62)
        digits = ALPHABET[rest] + digits
        if not number:
            return digits


def from_base62(text):
    number = 0
    for char in text:
        number = number * 62 + ALPHABET.index(char)
    return number

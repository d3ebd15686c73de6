"""Who is asking: an anonymous client key, and whether a person is reading at all.

The client is the peer's address (``REMOTE_ADDR``). Only when that peer is one of
``WARTA_TRUSTED_PROXIES`` is ``X-Forwarded-For`` read, from the right: each proxy
appends the address it saw, so the right-most entry that is not a trusted proxy
is the reader, and whatever a client wrote further left is ignored. An empty or
unparsable ``REMOTE_ADDR`` means a Unix socket, i.e. a proxy on this host.

IPv6 readers are grouped by their /64, which one household or phone can rotate
through freely. The key is a keyed hash, so the cache never holds an address.
"""

import functools
import ipaddress
import re

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.crypto import salted_hmac

BOT_AGENTS = re.compile(
    r"(?<!cu)bot|crawl|spider|slurp|archiv|scrap|facebookexternalhit|"
    r"facebookcatalog|whatsapp/|embedly|"
    r"curl|wget|python-|python/|urllib|httpx|aiohttp|go-http-client|java/|"
    r"okhttp|libwww|httpclient|guzzle|axios|node-fetch|undici|postman|insomnia|"
    r"headless|phantomjs|selenium|puppeteer|playwright|lighthouse|pagespeed|"
    r"gtmetrix|pingdom|uptime|monitor|feedfetcher|mediapartners|google-|"
    r"-google|preview|validator|checker|fetcher",
    re.IGNORECASE,
)
PREFETCH_HEADERS = ("Sec-Purpose", "Purpose", "X-Purpose", "X-Moz")


def is_automated(request):
    """True for bots, empty user agents, prefetches and cross-site requests.

    The beacon always comes from one of our own pages, so a cross-site request is
    another site (or a page hot-linking the pixel) trying to inflate a count.
    """
    agent = request.headers.get("User-Agent", "").strip()
    if not agent or BOT_AGENTS.search(agent):
        return True
    if any(
        "prefetch" in request.headers.get(name, "").lower() for name in PREFETCH_HEADERS
    ):
        return True
    return request.headers.get("Sec-Fetch-Site", "").lower() == "cross-site"


@functools.cache
def _networks(entries):
    networks = []
    for entry in entries:
        try:
            networks.append(ipaddress.ip_network(entry.strip(), strict=False))
        except ValueError:
            raise ImproperlyConfigured(
                f"WARTA_TRUSTED_PROXIES: {entry!r} is not an IP address or a "
                "network such as 10.0.0.0/8."
            ) from None
    return tuple(networks)


def trusted_networks():
    return _networks(tuple(settings.WARTA_TRUSTED_PROXIES))


def parse_ip(text):
    """An address from a header token ("1.2.3.4", "[2001:db8::1]:443", …), or None."""
    text = text.strip().strip('"')
    if text.startswith("["):
        text, bracket, _port = text[1:].partition("]")
        if not bracket:
            return None
    elif text.count(":") == 1:  # IPv4 with a port
        text = text.partition(":")[0]
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    return getattr(address, "ipv4_mapped", None) or address


def is_trusted(address, networks):
    return address is None or any(address in network for network in networks)


def client_ip(request):
    """The reader's address, believing X-Forwarded-For only from trusted proxies."""
    networks = trusted_networks()
    nearest = parse_ip(request.META.get("REMOTE_ADDR", ""))
    if not is_trusted(nearest, networks):
        return nearest
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    for token in reversed(forwarded.split(",")):
        address = parse_ip(token)
        if address is None:
            break  # a garbled chain: stop at the last hop we trust
        nearest = address
        if not is_trusted(address, networks):
            break
    return nearest


def client_key(request):
    """A short keyed hash naming the client (its IPv6 /64) for the rate limits."""
    address = client_ip(request)
    if address is None:
        name = "unknown"
    elif address.version == 6:
        name = str(ipaddress.ip_network(f"{address}/64", strict=False))
    else:
        name = str(address)
    return salted_hmac("warta.popularity.client", name).hexdigest()[:32]

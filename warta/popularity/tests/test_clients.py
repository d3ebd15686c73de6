"""Who the client is: X-Forwarded-For is believed only from trusted proxies."""

import ipaddress

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.test import RequestFactory, override_settings

from warta.popularity.clients import client_ip, client_key, parse_ip
from warta.popularity.tests.conftest import views_of

pytestmark = pytest.mark.django_db

PROXIES = ["10.0.0.0/8", "2001:db8:ffff::/48"]


def ip_of(remote, forwarded=None):
    meta = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return client_ip(RequestFactory().post("/v/1/", **meta))


@override_settings(WARTA_TRUSTED_PROXIES=[])
def test_rotating_forwarded_for_from_an_untrusted_client_does_not_reset_the_limit(
    beacon, article
):
    for n in range(5):
        beacon(article, ip="203.0.113.66", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}")
    assert views_of(article) == 1


@override_settings(WARTA_TRUSTED_PROXIES=PROXIES)
def test_a_trusted_proxy_passes_on_each_readers_address(beacon, article):
    for n in range(3):
        beacon(article, ip="10.1.2.3", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}")
    assert views_of(article) == 3


@override_settings(WARTA_TRUSTED_PROXIES=PROXIES)
def test_behind_a_trusted_proxy_a_client_cannot_forge_the_left_of_the_chain(
    beacon, article
):
    for n in range(5):
        forged = f"192.0.2.{n}, 198.51.100.7"  # the proxy appended the real one
        beacon(article, ip="10.1.2.3", HTTP_X_FORWARDED_FOR=forged)
    assert views_of(article) == 1


@override_settings(WARTA_TRUSTED_PROXIES=[])
def test_untrusted_peer_is_the_client_whatever_it_forwards():
    assert ip_of("203.0.113.5", "198.51.100.1") == ipaddress.ip_address("203.0.113.5")


@override_settings(WARTA_TRUSTED_PROXIES=PROXIES)
@pytest.mark.parametrize(
    ("remote", "forwarded", "expected"),
    [
        ("10.0.0.1", "198.51.100.1", "198.51.100.1"),
        ("10.0.0.1", "192.0.2.9, 198.51.100.1, 10.0.0.2", "198.51.100.1"),
        ("10.0.0.1", "198.51.100.1:5123", "198.51.100.1"),
        ("10.0.0.1", "[2001:db8::1]:443", "2001:db8::1"),
        ("10.0.0.1", "::ffff:198.51.100.4", "198.51.100.4"),
        ("10.0.0.1", "10.0.0.2, 10.0.0.3", "10.0.0.2"),  # all proxies: left-most
        ("10.0.0.1", "198.51.100.1, nonsense", "10.0.0.1"),  # garbled: stop
        ("10.0.0.1", "", "10.0.0.1"),
        ("10.0.0.1", None, "10.0.0.1"),
        ("2001:db8:ffff:1::1", "2001:db8:5::1", "2001:db8:5::1"),
        ("", "198.51.100.3", "198.51.100.3"),  # a Unix socket: a local proxy
        ("203.0.113.5", "198.51.100.1", "203.0.113.5"),
    ],
)
def test_client_address_from_a_trusted_chain(remote, forwarded, expected):
    assert ip_of(remote, forwarded) == ipaddress.ip_address(expected)


def test_no_proxy_is_trusted_unless_configured(settings):
    """Anything on the host could otherwise rotate X-Forwarded-For past every
    limit (issue 22, item 7); deploy/warta.env.example names nginx's address."""
    assert settings.WARTA_TRUSTED_PROXIES == []
    assert ip_of("127.0.0.1", "198.51.100.8") == ipaddress.ip_address("127.0.0.1")
    assert ip_of("::1", "198.51.100.8") == ipaddress.ip_address("::1")


@pytest.mark.parametrize("text", ["", "x", "1.2.3", "999.1.1.1", "[::1", "a:b:c"])
def test_nonsense_is_no_address(text):
    assert parse_ip(text) is None


def test_the_client_key_hides_the_address_and_groups_ipv6_by_64():
    def key(remote):
        return client_key(RequestFactory().post("/v/1/", REMOTE_ADDR=remote))

    assert "203" not in key("203.0.113.5") and len(key("203.0.113.5")) == 32
    assert key("203.0.113.5") != key("203.0.113.6")
    assert key("2001:db8:1:2::1") == key("2001:db8:1:2:abcd::9")
    assert key("2001:db8:1:2::1") != key("2001:db8:1:3::1")


@override_settings(WARTA_TRUSTED_PROXIES=["10.0.0.0/8", "proxy.local"])
def test_a_mistyped_trusted_proxy_fails_the_system_check():
    with pytest.raises(ImproperlyConfigured, match="proxy.local"):
        ip_of("10.0.0.1")
    with pytest.raises(SystemCheckError, match="popularity.E001"):
        call_command("check")

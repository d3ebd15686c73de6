"""`warta serve` makes links name the address it serves (PORT=8101 make demo)."""

from warta.operations.management.commands.serve import follow_base_url


def test_without_a_base_url_links_follow_the_served_port(settings):
    environ = {}
    assert follow_base_url("127.0.0.1", 8101, environ) == "http://127.0.0.1:8101"
    assert settings.WARTA_BASE_URL == "http://127.0.0.1:8101"
    assert settings.WAGTAILADMIN_BASE_URL == "http://127.0.0.1:8101"
    assert environ["WARTA_BASE_URL"] == "http://127.0.0.1:8101"  # for the workers


def test_a_server_on_every_address_is_linked_on_loopback(settings):
    assert follow_base_url("0.0.0.0", 8080, {}) == "http://127.0.0.1:8080"
    assert follow_base_url("::1", 8080, {}) == "http://[::1]:8080"


def test_a_base_url_that_is_set_is_kept(settings):
    settings.WARTA_BASE_URL = "https://www.warta.example"
    environ = {"WARTA_BASE_URL": "https://www.warta.example"}
    assert follow_base_url("127.0.0.1", 8101, environ) == "https://www.warta.example"
    assert settings.WARTA_BASE_URL == "https://www.warta.example"


def test_canonical_links_use_the_followed_port(client, home, settings):
    follow_base_url("127.0.0.1", 8101, {})
    page = client.get("/").content.decode()
    assert '<link rel="canonical" href="http://127.0.0.1:8101/">' in page

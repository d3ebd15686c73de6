"""The demo behind nginx with deploy/nginx-warta.conf (TLS lines dropped).

nginx serves static and media files itself, caches anonymous reader pages as
the app's Cache-Control allows (X-Cache-Status tells), passes the newsroom
through, and a publish in the app purges the story from nginx's cache.
"""

import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from tests.servers import Warta, fetch, free_port, wait_for_port, warta_env
from warta.operations.nginx import PURGE_MODULE, local_nginx

ROOT = Path(__file__).resolve().parent.parent


PUBLISH = """
from warta.articles.models import ArticlePage
from wagtail.models import Page
page = [p for p in ArticlePage.objects.live() if p.get_url() == %r][0]
page.title = page.title + " (diperbarui)"
page.save_revision().publish()
print(page.title)
"""


@pytest.fixture(scope="module")
def behind_nginx(site, tmp_path_factory):
    if not shutil.which("nginx") and not os.path.exists("/usr/sbin/nginx"):
        pytest.skip("nginx is not installed (apt-get install nginx)")
    if not os.path.exists(PURGE_MODULE):
        pytest.skip("apt-get install libnginx-mod-http-cache-purge for the purge")
    tmp = tmp_path_factory.mktemp("nginx")
    data = tmp / "data"
    port, purge_port = free_port(), free_port()
    env = warta_env(
        data,
        WARTA_SERVE_MEDIA=0,
        WARTA_PAGE_CACHE=0,  # nginx is the cache under test here
        WARTA_FRONTEND_CACHE="nginx",
        WARTA_FRONTEND_CACHE_URL=f"http://127.0.0.1:{purge_port}",
        WARTA_BASE_URL=f"http://127.0.0.1:{port}",
        WARTA_TRUSTED_PROXIES="127.0.0.1",  # as deploy/warta.env.example
    )
    app = Warta(env)
    copy = Warta(site.env)
    copy.run("backup", str(tmp / "demo"))
    app.run("restore", "--noinput", str(tmp / "demo"))
    command = local_nginx(tmp, port, app.port, purge_port, data)
    nginx = None
    try:
        app.start()
        nginx = subprocess.Popen(
            command,
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )  # fmt: skip
        wait_for_port(port, process=nginx)
        yield app, f"http://127.0.0.1:{port}"
    finally:
        if nginx is not None:
            nginx.terminate()
            nginx.wait(timeout=10)
        app.stop()


ARTICLE = (
    "from warta.articles.models import ArticlePage; "
    "print(ArticlePage.objects.live().exclude(lead_image=None).first().get_url())"
)


def article_path(app):
    return app.shell(ARTICLE).strip()


def test_reader_pages_come_through_and_hit_the_cache(behind_nginx):
    app, url = behind_nginx
    status, headers, body = fetch(url + "/")
    assert status == 200 and headers["X-Cache-Status"] in ("MISS", "EXPIRED")
    assert "public" in headers["Cache-Control"]
    assert fetch(url + "/")[1]["X-Cache-Status"] == "HIT"
    # Security headers come through the cache too.
    assert "Content-Security-Policy" in fetch(url + "/")[1]

    path = article_path(app)
    assert fetch(url + path)[0] == 200
    assert fetch(url + path)[1]["X-Cache-Status"] == "HIT"


def test_static_and_media_are_served_by_nginx(behind_nginx):
    app, url = behind_nginx
    html = fetch(url + "/")[2].decode()
    css = re.search(r'href="(/static/[^"]+\.css)"', html).group(1)
    status, headers, _ = fetch(url + css)
    assert status == 200 and headers["Content-Type"].startswith("text/css")
    article = fetch(url + article_path(app))[2].decode()
    image = re.search(r'src="(/media/[^"]+)"', article).group(1)
    status, headers, body = fetch(url + image)
    # The app itself does not serve media here (WARTA_SERVE_MEDIA=0).
    assert status == 200 and headers["Content-Type"].startswith("image/")
    assert len(body) > 1000


def test_the_newsroom_and_sessions_bypass_the_cache(behind_nginx):
    _, url = behind_nginx
    for _ in range(2):
        status, headers, body = fetch(url + "/admin/login/")
        assert status == 200 and "X-Cache-Status" not in headers
    fetch(url + "/")
    status, headers, _ = fetch(url + "/", headers={"Cookie": "sessionid=abc"})
    assert status == 200 and headers["X-Cache-Status"] == "BYPASS"


def test_a_publish_in_the_app_purges_the_story(behind_nginx):
    app, url = behind_nginx
    path = article_path(app)
    fetch(url + path)
    assert fetch(url + path)[1]["X-Cache-Status"] == "HIT"
    new_title = app.shell(PUBLISH % path).strip()
    assert new_title.endswith("(diperbarui)")
    # The purge is background work (the server's worker runs it within a
    # second or so); a reader who reloads then gets the new story, uncached.
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        status, headers, body = fetch(url + path)
        if headers["X-Cache-Status"] != "HIT":
            break
        time.sleep(0.2)
    assert status == 200 and headers["X-Cache-Status"] == "MISS"
    assert "(diperbarui)" in body.decode()
    assert fetch(url + path)[1]["X-Cache-Status"] == "HIT"


def test_nginx_does_not_tell_its_version(behind_nginx):
    _, url = behind_nginx
    for path in ("/", "/static/nothing-here.css", "/tidak-ada/"):
        status, headers, _ = fetch(url + path)
        assert headers["Server"] == "nginx", (path, headers["Server"])

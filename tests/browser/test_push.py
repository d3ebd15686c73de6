"""Web push from end to end, in Debian's chromium against ``warta serve``.

A reader opens two stories; the second one offers notifications; *Ya, beri
tahu saya* asks the browser (its permission granted by the context), which
registers /sw.js and subscribes. Headless chromium reaches no real push
service, so ``PushManager.subscribe`` answers with a subscription of the
stand-in service (tests/pushservice.py), whose keys the test made. An editor
then re-publishes the story and presses *Kirim notifikasi*: the server's own
worker signs, encrypts and sends it, and the stand-in decrypts the headline
and a tracked /r/ link.
"""

import json
import re
import time

import pytest

from tests.browser.conftest import SHOTS, TIMEOUT_MS, admin_login, watch
from tests.conftest import run
from tests.pushservice import PushService

pytestmark = pytest.mark.browser

# PushManager as the browser has it, but subscribing to the stand-in.
FAKE_PUSH_MANAGER = """
(() => {
  const info = %s;
  const bytes = text => Uint8Array.from(
    atob(text.replace(/-/g, "+").replace(/_/g, "/")), c => c.charCodeAt(0));
  const fake = {
    endpoint: info.endpoint,
    expirationTime: null,
    options: {userVisibleOnly: true},
    getKey: name => bytes(info.keys[name]).buffer,
    toJSON: () => JSON.parse(JSON.stringify(info)),
    unsubscribe: () => Promise.resolve(true),
  };
  let subscribed = null;
  PushManager.prototype.subscribe = function (options) {
    if (!options || !options.userVisibleOnly || !options.applicationServerKey) {
      return Promise.reject(new Error("subscribe() without the VAPID key"));
    }
    window.vapidKeyLength = options.applicationServerKey.byteLength;
    subscribed = fake;
    return Promise.resolve(fake);
  };
  PushManager.prototype.getSubscription = () => Promise.resolve(subscribed);
})();
"""
STORED = (
    "import json; from warta.push.models import Subscription; "
    "print(json.dumps({s.endpoint: s.topic_list for s in Subscription.objects.all()}))"
)


@pytest.fixture
def push_service():
    service = PushService().start()
    yield service
    service.stop()


def story_id(page):
    beacon = page.locator("article[data-view-url]").get_attribute("data-view-url")
    return int(re.fullmatch(r"/v/(\d+)/", beacon)[1])


def wait_until(check, seconds=20):
    deadline = time.monotonic() + seconds
    while not (found := check()) and time.monotonic() < deadline:
        time.sleep(0.25)
    return found


def test_a_reader_says_yes_and_gets_the_editors_notification(
    browser, site, reader_paths, push_service
):
    started = time.monotonic()
    reader = push_service.subscriber()
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, permissions=["notifications"]
    )
    context.set_default_timeout(TIMEOUT_MS)
    context.add_init_script(FAKE_PUSH_MANAGER % json.dumps(reader.info))
    page = context.new_page()
    watch(page)
    asked = []  # what the page asked of the server about push
    page.on(
        "request",
        lambda r: (
            ("/notifikasi/" in r.url or "/sw.js" in r.url) and asked.append(r.url)
        ),
    )

    page.goto(site.url + reader_paths["article"], wait_until="networkidle")
    page.wait_for_timeout(300)
    assert page.locator(".push-offer").count() == 0  # one story: nothing asked

    page.goto(site.url + reader_paths["other_article"], wait_until="networkidle")
    offer = page.locator(".push-offer")
    offer.get_by_text("Mau diberi tahu bila ada berita penting?").wait_for()
    headline = page.locator("h1.headline")
    assert offer.bounding_box()["y"] > headline.bounding_box()["y"] + 100
    page.screenshot(path=SHOTS / "push-offer-390.png")
    assert asked == []  # nothing asked or sent before the reader says yes
    section = offer.locator("input[type=checkbox]")
    section.check()  # "Juga berita pilihan rubrik …"
    offer.get_by_role("button", name="Ya, beri tahu saya").click()
    offer.get_by_text("Terima kasih!").wait_for()
    assert page.evaluate("window.vapidKeyLength") == 65
    assert any(url.endswith("/notifikasi/langganan/") for url in asked)
    scope = page.evaluate(
        "async () => (await navigator.serviceWorker.getRegistration('/')).scope"
    )
    assert scope == site.url + "/"  # /sw.js, allowed to serve the whole site

    stored = run(["shell", "-c", STORED], site.env)
    assert stored.returncode == 0, stored.stderr
    topics = json.loads(stored.stdout.strip().splitlines()[-1])[reader.endpoint]
    assert topics[0] == "breaking" and topics[1].startswith("rubrik-")
    assert page.problems == []
    story, title = story_id(page), headline.inner_text()
    context.close()

    editor_context, editor = admin_login(browser, site, "redaktur")
    editor.goto(f"{site.url}/admin/pages/{story}/edit/")
    editor.get_by_role("button", name=re.compile("^Tindakan lain")).click()
    editor.locator("button[name=action-publish]").click()  # re-publish
    editor.wait_for_url(re.compile(r"/admin/pages/\d+/$"))
    editor.goto(f"{site.url}/admin/pages/{story}/edit/")
    header = editor.get_by_role("navigation", name="Tindakan", exact=True)
    header.get_by_role("button", name="Tindakan").click()  # the header's "…"
    editor.get_by_role("link", name="Kirim notifikasi").click()
    form = editor.locator("form[method=post]")
    assert form.locator("input[name=title]").input_value() == title
    form.get_by_role("button", name="Kirim notifikasi").click()
    editor.locator(".messages").get_by_text("sedang dikirim").wait_for()

    (push,) = push_service.wait_for(1, seconds=20)
    assert push.subscriber is reader
    assert push.message["title"] == title
    assert "/r/p" in push.message["url"]  # a tracked link of the push channel
    assert push_service.refused == []

    def counted():
        editor.reload()
        return editor.locator('[data-count="sent"]').first.inner_text() == "1"

    assert wait_until(counted)
    editor.screenshot(path=SHOTS / "push-admin-sent.png", full_page=True)
    assert editor.problems == []
    editor_context.close()
    assert time.monotonic() - started < 60

"""Subscribing as a reader's browser does it, and everything else refused:
other sites, floods, hostile bodies. Every refusal is a JSON 4xx."""

import json

import pytest
from django.core.cache import caches

from warta.push.models import Subscription
from warta.push.tests.conftest import SUBSCRIBE, UNSUBSCRIBE, post
from warta.push.topics import live_topic, section_topic
from warta.sections.models import SectionPage

pytestmark = pytest.mark.django_db


def refused(response, status, error=None):
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert data["ok"] is False and data["detail"]
    if error:
        assert data["error"] == error
    return data


def test_a_browser_subscribes_and_adds_a_live_report_later(
    client, push_service, live_report
):
    nasional = SectionPage.objects.get(slug="nasional")
    browser = push_service.subscriber()
    body = {**browser.info, "topics": ["breaking", section_topic(nasional)]}
    response = post(client, SUBSCRIBE, body)
    assert response.status_code == 201
    assert response["Cache-Control"] == "no-store"
    assert response.json() == {"ok": True, "topics": ["breaking", "rubrik-nasional"]}
    kept = Subscription.objects.get()
    assert kept.endpoint == browser.endpoint
    assert kept.p256dh == browser.info["keys"]["p256dh"]

    # "Ikuti laporan ini" later, from the same browser: the topics add up.
    follow = {**browser.info, "topics": ["breaking", live_topic(live_report)]}
    response = post(client, SUBSCRIBE, follow)
    assert response.json()["topics"] == [
        "breaking",
        "rubrik-nasional",
        live_topic(live_report),
    ]
    assert Subscription.objects.count() == 1
    assert list(Subscription.objects.following(live_topic(live_report))) == [kept]
    assert not Subscription.objects.following("rubrik-olahraga").exists()

    # ... and leaves it again; then leaves altogether.
    leave = {"endpoint": browser.endpoint, "topics": [live_topic(live_report)]}
    assert post(client, UNSUBSCRIBE, leave).json()["topics"] == [
        "breaking",
        "rubrik-nasional",
    ]
    assert post(client, UNSUBSCRIBE, {"endpoint": browser.endpoint}).status_code == 200
    assert not Subscription.objects.exists()


def test_an_ended_live_report_cannot_be_followed(client, push_service, live_report):
    live_report.coverage_end = live_report.coverage_start
    live_report.save_revision().publish()
    body = {**push_service.subscriber().info, "topics": [live_topic(live_report)]}
    data = refused(post(client, SUBSCRIBE, body), 400, "topics")
    assert live_topic(live_report) in data["detail"]
    assert not Subscription.objects.exists()


def browser_body(push_service, **changes):
    body = {**push_service.subscriber().info, "topics": ["breaking"]}
    keys = changes.pop("keys", {})
    body["keys"] = {**body["keys"], **keys}
    body.update(changes)
    return {k: v for k, v in body.items() if v is not ...}


P256_NOT_ON_CURVE = "BA" + "A" * 85  # 0x04 and 64 zero bytes
HOSTILE = {
    "plain http": {"endpoint": "http://fcm.googleapis.com/fcm/send/x"},
    "unknown host": {"endpoint": "https://push.evil.example/x"},
    "lookalike host": {"endpoint": "https://fcm.googleapis.com.evil.example/x"},
    "metadata address": {"endpoint": "https://169.254.169.254/latest/"},
    "other port": {"endpoint": "https://fcm.googleapis.com:8443/x"},
    "credentials": {"endpoint": "https://a:b@fcm.googleapis.com/x"},
    "javascript": {"endpoint": "javascript:alert(1)"},
    "too long": {"endpoint": "https://fcm.googleapis.com/" + "x" * 1000},
    "not text": {"endpoint": ["https://fcm.googleapis.com/x"]},
    "control chars": {"endpoint": "https://fcm.googleapis.com/x\r\nHost: a"},
    "no endpoint": {"endpoint": ...},
    "short key": {"keys": {"p256dh": "BAAA"}},
    "not base64": {"keys": {"p256dh": "!" * 87}},
    "not on the curve": {"keys": {"p256dh": P256_NOT_ON_CURVE}},
    "short auth": {"keys": {"auth": "AAAAAAAAAAAAAAAAAAAA"}},
    "auth a number": {"keys": {"auth": 16}},
    "no keys": {"keys": ..., "endpoint": "https://fcm.googleapis.com/x"},
    "unknown section": {"topics": ["breaking", "rubrik-tidak-ada"]},
    "no such live report": {"topics": ["live-2147483647"]},
    "path in a topic": {"topics": ["../../etc/passwd"]},
    "topic a number": {"topics": [1]},
    "topics a string": {"topics": "breaking"},
    "too many topics": {"topics": ["breaking"] * 13},
}


@pytest.mark.parametrize("changes", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_subscriptions_are_refused_and_nothing_kept(
    client, push_service, changes
):
    if "keys" in changes and changes["keys"] is ...:
        body = browser_body(push_service, endpoint=changes["endpoint"])
        del body["keys"]
    else:
        body = browser_body(push_service, **changes)
    refused(post(client, SUBSCRIBE, body), 400)
    assert not Subscription.objects.exists()


@pytest.mark.parametrize(
    "content, content_type, status",
    [
        ("endpoint=x", "application/x-www-form-urlencoded", 415),
        ('{"endpoint": ', "application/json", 400),
        ("[1, 2]", "application/json", 400),
        ('"breaking"', "application/json", 400),
        ("\xff\xfe", "application/json", 400),
        ("[" * 2000 + "]" * 2000, "application/json", 400),  # too deep
        (json.dumps({"endpoint": "x" * 5000}), "application/json", 413),
        ("{}", "application/json", 400),
    ],
)
def test_bodies_that_are_no_subscription(client, content, content_type, status):
    response = client.post(
        SUBSCRIBE,
        content.encode("latin-1"),
        content_type=content_type,
        HTTP_ORIGIN="http://testserver",
    )
    refused(response, status)


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_ORIGIN": "http://testserver", "HTTP_SEC_FETCH_SITE": "cross-site"},
        {"HTTP_ORIGIN": "http://testserver", "HTTP_SEC_FETCH_SITE": "same-site"},
        {},  # no Origin at all: not a browser's fetch from our page
    ],
)
def test_other_sites_cannot_subscribe_or_unsubscribe(client, push_service, headers):
    body = browser_body(push_service)
    for url in (SUBSCRIBE, UNSUBSCRIBE):
        response = client.post(url, body, content_type="application/json", **headers)
        refused(response, 403, "origin")
    assert not Subscription.objects.exists()


def test_only_posts_are_taken(client):
    for url in (SUBSCRIBE, UNSUBSCRIBE):
        response = client.get(url)
        refused(response, 405, "method")
        assert response["Allow"] == "POST"


def test_floods_are_refused(client, push_service, settings):
    settings.WARTA_PUSH_SUBSCRIBE_LIMIT = 3
    caches["limits"].clear()
    codes = [
        post(client, SUBSCRIBE, browser_body(push_service)).status_code
        for _ in range(5)
    ]
    assert codes == [201, 201, 201, 429, 429]
    assert Subscription.objects.count() == 3


def test_unknown_endpoints_leave_quietly(client, push_service):
    body = {"endpoint": push_service.subscriber().endpoint}
    assert post(client, UNSUBSCRIBE, body).json() == {"ok": True, "topics": []}
    refused(post(client, UNSUBSCRIBE, {"endpoint": "https://evil.example/"}), 400)


def test_endpoints_on_our_own_host_only_in_the_demo_and_tests(
    client, push_service, settings
):
    settings.WARTA_PUSH_ALLOW_LOOPBACK = False
    refused(post(client, SUBSCRIBE, browser_body(push_service)), 400, "endpoint")
    settings.WARTA_PUSH_ALLOW_LOOPBACK = True
    assert post(client, SUBSCRIBE, browser_body(push_service)).status_code == 201

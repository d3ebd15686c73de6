"""*Kirim notifikasi*: an editor sends a live story; the push service gets it
encrypted and signed; gone browsers are removed; quotas and rights hold."""

import datetime

import pytest
from django.utils import timezone

from warta.push import sending
from warta.push.models import Message, Subscription
from warta.push.tasks import send_notification
from warta.push.topics import section_topic
from warta.reach.links import read_code

pytestmark = pytest.mark.django_db


def compose_url(page):
    return f"/admin/notifikasi/{page.pk}/"


def send(client, page, capture, **fields):
    """The editor presses *Kirim notifikasi*; the request's commit runs the
    queued task (the test settings' tasks run at once)."""
    data = {"title": page.title, "body": "", "topic": "breaking", **fields}
    with capture(execute=True):
        return client.post(compose_url(page), data)


def test_an_editor_sends_a_story_and_the_browsers_get_it(
    editor_client, editor, story, subscribe, pushes, django_capture_on_commit_callbacks
):
    form = editor_client.get(compose_url(story)).content.decode()
    assert 'value="Gempa M 6,1 Guncang Selatan Jawa"' in form  # the headline
    assert "Warga pesisir diminta menjauhi pantai." in form  # the dek
    ani, budi = subscribe(), subscribe()
    response = send(
        editor_client, story, django_capture_on_commit_callbacks, body="Dek uji."
    )
    assert response.status_code == 302

    received = pushes.wait_for(2)
    assert {push.subscriber.id for push in received} == {ani.id, budi.id}
    message = received[0].message
    assert message["title"] == "Gempa M 6,1 Guncang Selatan Jawa"
    assert message["body"] == "Dek uji."
    assert message["icon"].endswith(".png")
    link = read_code(message["url"].split("/r/", 1)[1].strip("/"))
    assert link.page_id == story.pk and link.channel == "push"
    assert received[0].headers["urgency"] == "high"
    assert int(received[0].headers["ttl"]) == sending.time_to_live()
    assert received[0].claims["sub"].startswith("mailto:")

    sent = Message.objects.get()
    assert (sent.status, sent.sent, sent.failed, sent.removed) == ("sent", 2, 0, 0)
    assert sent.sent_by == editor
    page = editor_client.get(compose_url(story)).content.decode()
    assert 'data-count="sent">2<' in page


def test_expired_subscriptions_are_removed_and_failures_counted(
    editor_client, story, subscribe, pushes, django_capture_on_commit_callbacks
):
    kept, gone = subscribe(), subscribe()
    gone.gone = True  # the browser unsubscribed: the push service answers 410
    broken = Subscription.objects.create(
        endpoint=f"{pushes.url}/tidak-ada",  # a 404 too: forgotten, removed
        p256dh=kept.p256dh,
        auth=kept.info["keys"]["auth"],
    )
    refusing = Subscription.objects.create(
        endpoint="http://127.0.0.1:9/push/1",  # nobody listens: a failure
        p256dh=kept.p256dh,
        auth=kept.info["keys"]["auth"],
    )
    send(editor_client, story, django_capture_on_commit_callbacks)

    assert [push.subscriber for push in pushes.wait_for(1)] == [kept]
    message = Message.objects.get()
    assert (message.sent, message.removed, message.failed) == (1, 2, 1)
    left = Subscription.objects.all()
    assert set(left.values_list("endpoint", flat=True)) == {
        kept.endpoint,
        refusing.endpoint,
    }
    assert not Subscription.objects.filter(pk=broken.pk).exists()
    assert left.get(pk=refusing.pk).failures == 1
    assert left.get(endpoint=kept.endpoint).last_success_at is not None
    page = editor_client.get(compose_url(story)).content.decode()
    assert 'data-count="removed">2<' in page


def test_a_section_message_reaches_only_its_followers(
    editor_client, story, subscribe, pushes, django_capture_on_commit_callbacks
):
    topic = section_topic(story.get_parent())
    follower = subscribe(["breaking", topic])
    subscribe(["breaking"])
    send(editor_client, story, django_capture_on_commit_callbacks, topic=topic)
    assert [push.subscriber for push in pushes.wait_for(1)] == [follower]
    assert pushes.received[0].headers["urgency"] == "normal"


def test_the_task_runs_after_the_commit_only(
    editor_client, story, subscribe, pushes, django_capture_on_commit_callbacks
):
    subscribe()
    with django_capture_on_commit_callbacks(execute=False) as queued:
        editor_client.post(compose_url(story), {"title": "x", "topic": "breaking"})
    assert Message.objects.get().status == "queued" and not pushes.received
    assert len(queued) == 1
    queued[0]()
    assert len(pushes.wait_for(1)) == 1


def test_the_hourly_quota_is_refused_in_indonesian(
    editor_client,
    story,
    settings,
    subscribe,
    pushes,
    django_capture_on_commit_callbacks,
):
    settings.WARTA_PUSH_HOURLY_LIMIT = 2
    subscribe()
    earlier = timezone.now() - datetime.timedelta(minutes=50)
    Message.objects.create(
        page=story, title="Lama", url="https://x.invalid/", topic="live-1"
    )
    Message.objects.filter().update(created_at=earlier)
    send(editor_client, story, django_capture_on_commit_callbacks)
    assert Message.objects.count() == 2

    response = send(editor_client, story, django_capture_on_commit_callbacks)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Jatah notifikasi jam ini sudah habis (2 per jam)" in html
    free = timezone.localtime(earlier + datetime.timedelta(hours=1))
    assert f"pukul {free:%H.%M}" in html
    assert Message.objects.count() == 2 and len(pushes.received) == 1


def test_the_same_story_twice_to_the_same_readers_is_refused(
    editor_client, story, subscribe, pushes, django_capture_on_commit_callbacks
):
    subscribe()
    send(editor_client, story, django_capture_on_commit_callbacks)
    again = send(editor_client, story, django_capture_on_commit_callbacks)
    assert "baru saja dikirim" in again.content.decode()
    assert Message.objects.count() == 1 and len(pushes.wait_for(1)) == 1


def test_nothing_is_sent_for_an_unpublished_story(
    editor_client, editor, make_draft, story, subscribe, pushes,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    subscribe()
    draft = make_draft(editor, title="Draf rahasia")
    response = send(editor_client, draft, django_capture_on_commit_callbacks)
    assert "belum terbit" in response.content.decode()
    assert not Message.objects.exists()

    # Queued while live, unpublished before the worker came to it.
    message = Message.objects.create(
        page=story, title=story.title, url="https://x.invalid/", topic="breaking"
    )
    story.unpublish()
    send_notification.enqueue(message.pk)
    message.refresh_from_db()
    assert message.status == Message.Status.CANCELLED
    assert pushes.wait_for(1, seconds=0.5) == []


def test_a_retried_task_resumes_after_the_last_browser_reached(
    story, subscribe, pushes
):
    subscribe(), subscribe()
    first, second = Subscription.objects.order_by("pk")
    message = Message.objects.create(
        page=story, title="Lanjut", url="https://x.invalid/", topic="breaking"
    )
    Message.objects.filter(pk=message.pk).update(
        status=Message.Status.SENDING, reached=first.pk, sent=1
    )
    send_notification.enqueue(message.pk)
    assert [push.subscriber.endpoint for push in pushes.wait_for(1)] == [
        second.endpoint
    ]
    message.refresh_from_db()
    assert (message.status, message.sent) == ("sent", 2)
    send_notification.enqueue(message.pk)  # sent: nothing more
    assert len(pushes.wait_for(2, seconds=0.5)) == 1


def test_a_writer_gets_a_403_and_no_button(writer_client, story, subscribe, pushes):
    subscribe()
    for response in (
        writer_client.get(compose_url(story)),
        writer_client.post(compose_url(story), {"title": "x", "topic": "breaking"}),
    ):
        assert response.status_code == 403
        assert "berhak menerbitkan" in response.content.decode()
    assert not Message.objects.exists()
    editor = writer_client.get(f"/admin/pages/{story.pk}/edit/").content.decode()
    assert "Kirim notifikasi" not in editor


def test_the_editor_finds_the_button_on_live_stories(
    editor_client, story, editor, make_draft
):
    edit = editor_client.get(f"/admin/pages/{story.pk}/edit/").content.decode()
    assert "Kirim notifikasi" in edit and compose_url(story) in edit
    explorer = editor_client.get(f"/admin/pages/{story.get_parent().pk}/")
    assert compose_url(story) in explorer.content.decode()
    draft = make_draft(editor)
    edit = editor_client.get(f"/admin/pages/{draft.pk}/edit/").content.decode()
    assert compose_url(draft) not in edit


@pytest.mark.parametrize("page_id", ["0", "2147483648", "9" * 30, "999999"])
def test_hostile_page_ids_are_not_found(editor_client, page_id):
    assert editor_client.get(f"/admin/notifikasi/{page_id}/").status_code == 404


@pytest.mark.parametrize("page_id", ["-1", "abc", "%00", "1e3"])
def test_what_is_no_page_id_is_not_found(editor_client, page_id):
    assert editor_client.get(f"/admin/notifikasi/{page_id}/").status_code == 404


def test_a_page_that_is_no_story_is_not_found(editor_client, home):
    for page in (home, home.sections().first()):
        assert editor_client.get(compose_url(page)).status_code == 404


def test_an_audience_the_story_lacks_is_refused(
    editor_client, story, subscribe, pushes, django_capture_on_commit_callbacks
):
    subscribe()
    response = send(
        editor_client, story, django_capture_on_commit_callbacks, topic="live-1"
    )
    assert response.status_code == 400
    assert not Message.objects.exists() and not pushes.received


def test_a_reader_is_sent_to_the_login(client, story):
    response = client.get(compose_url(story))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_a_running_live_report_offers_its_followers(editor_client, live_report):
    html = editor_client.get(compose_url(live_report)).content.decode()
    assert "Pengikut liputan langsung ini" in html
    assert f'value="live-{live_report.pk}"' in html

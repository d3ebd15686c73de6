"""Nawala as readers and editors meet it: sign up, confirm, the morning
digest prepared, held or sent, batches, bounces, leaving, the archive."""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
from anymail.signals import AnymailTrackingEvent, tracking
from django.core import mail
from django.test import Client
from django.utils import timezone

from warta.newsletters.models import (
    Delivery,
    Issue,
    NewsletterList,
    Subscriber,
    Subscription,
)
from warta.newsletters.sending import send_batch
from warta.newsletters.tasks import due, send_issue

pytestmark = pytest.mark.django_db
WIB = ZoneInfo("Asia/Jakarta")


@pytest.fixture
def morning():
    return NewsletterList.objects.create(
        name="Nawala Pagi Uji",
        slug="pagi-uji",
        kind=NewsletterList.Kind.MORNING,
        send_time=datetime.time(6, 0),
        stories=5,
    )


def reader(newsletter, email, status=Subscriber.Status.ACTIVE):
    subscriber = Subscriber.objects.create(email=email, status=status)
    Subscription.objects.create(subscriber=subscriber, newsletter=newsletter)
    return subscriber


def at(hour, minute=0, day=datetime.date(2026, 12, 4)):
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=WIB)


def links_in(text):
    return re.findall(r"https?://\S+", text)


def test_a_reader_signs_up_confirms_by_button_and_nothing_comes_before(client, morning):
    response = client.post(
        "/nawala/",
        {"email": " Dewi@Contoh.Invalid ", "lists": [morning.pk], "consent": "on"},
    )
    assert response.status_code == 200
    assert "tautan konfirmasi" in response.content.decode()
    subscriber = Subscriber.objects.get(email="dewi@contoh.invalid")
    assert subscriber.status == Subscriber.Status.PENDING
    assert "disimpan untuk mengirimi saya nawala" in subscriber.consent_text
    (confirmation,) = mail.outbox
    link = next(u for u in links_in(confirmation.body) if "/konfirmasi/" in u)
    path = link.split("127.0.0.1:8000", 1)[-1]

    # A mail scanner follows the link: that confirms nothing.
    page = client.get(path)
    assert "Konfirmasi</button>" in page.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING
    assert not morning.confirmed_subscribers().exists()

    done = client.post(path)
    assert "kini menerima" in done.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.ACTIVE
    assert list(morning.confirmed_subscribers()) == [subscriber]


@pytest.mark.parametrize(
    "data",
    [
        {"email": "bukan-surel", "lists": ["1"], "consent": "on"},
        {"email": "a@contoh.invalid", "consent": "on"},  # no list
        {"email": "a@contoh.invalid", "lists": ["99999999"], "consent": "on"},
        {"email": "a@contoh.invalid", "lists": ["x' OR 1=1"], "consent": "on"},
        {"email": "a@contoh.invalid", "lists": ["1"]},  # no consent
        {"email": "x" * 300 + "@contoh.invalid", "lists": ["1"], "consent": "on"},
    ],
)
def test_bad_sign_ups_get_a_400_and_store_nothing(client, morning, data):
    data = {
        **data,
        "lists": [str(morning.pk) if v == "1" else v for v in data.get("lists", [])],
    }
    response = client.post("/nawala/", data)
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    assert not Subscriber.objects.exists() and not mail.outbox


def test_robots_and_floods_are_refused(client, morning, settings):
    robot = {"email": "r@contoh.invalid", "lists": [morning.pk], "consent": "on"}
    response = client.post("/nawala/", {**robot, "website": "http://spam.invalid"})
    assert response.status_code == 200  # the same answer, and nothing done
    assert not Subscriber.objects.exists() and not mail.outbox

    settings.WARTA_NEWSLETTER_SIGNUP_LIMIT = 2
    from django.core.cache import caches

    caches["limits"].clear()
    codes = [
        client.post(
            "/nawala/",
            {"email": f"f{n}@contoh.invalid", "lists": [morning.pk], "consent": "on"},
        ).status_code
        for n in range(4)
    ]
    assert codes == [200, 200, 429, 429]


@pytest.mark.parametrize("token", ["tidak-ada", "x" * 500, "%00", "..%2f..%2fetc"])
def test_unknown_or_hostile_tokens_are_404(client, token):
    assert client.get(f"/nawala/konfirmasi/{token}/").status_code == 404
    assert client.post(f"/nawala/berhenti/{token}/").status_code == 404


def test_the_morning_digest_is_prepared_ahead_can_be_held_and_goes_once(morning, home):
    ani = reader(morning, "ani@contoh.invalid")
    reader(morning, "baru@contoh.invalid", status=Subscriber.Status.PENDING)

    assert due(at(4, 30)) == []  # too early: nothing prepared
    assert not morning.issues.exists()
    assert due(at(5, 15)) == []  # prepared, not sent
    issue = morning.issues.get()
    assert issue.status == Issue.Status.DRAFT and not mail.outbox
    assert issue.subject == "Nawala Pagi Uji, Jumat, 4 Desember 2026"
    titles = [page.title for page in issue.pages()]
    assert 1 <= len(titles) <= 5
    if home.lead_story_id:
        assert titles[0] == home.lead_story.title  # the editor's lead first

    issue.status = Issue.Status.HELD  # the editor holds it
    issue.save()
    assert due(at(6, 1)) == [] and not mail.outbox

    issue.status = Issue.Status.DRAFT
    issue.intro = "Selamat pagi dari meja redaksi."
    issue.save()
    assert due(at(6, 2)) == [issue.pk]
    assert due(at(6, 3)) == []  # the clock looks again: nothing twice
    (sent,) = mail.outbox  # only the confirmed reader
    assert sent.to == ["ani@contoh.invalid"]
    assert "Selamat pagi dari meja redaksi." in sent.body
    unsubscribe = f"/nawala/berhenti/{ani.token}/"
    assert unsubscribe in sent.body
    assert sent.extra_headers["List-Unsubscribe"].endswith(f"{unsubscribe}>")
    assert sent.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    html = sent.alternatives[0][0]
    assert titles[0] in html and "/r/" in html  # tracked links
    issue.refresh_from_db()
    assert issue.status == Issue.Status.SENT
    assert issue.progress() == {"total": 1, "sent": 1, "failed": 0, "waiting": 0}


def test_a_large_list_goes_in_batches_and_nobody_gets_it_twice(morning, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.WARTA_NEWSLETTER_BATCH = 2
    settings.WARTA_NEWSLETTER_RATE = 2  # two a minute: a minute between batches
    for n in range(5):
        reader(morning, f"p{n}@contoh.invalid")
    issue = Issue.objects.create(
        newsletter=morning, subject="Uji batch", date=timezone.localdate()
    )
    issue.stories.create(page=morning_story())
    issue.save()
    from warta.newsletters.tasks import start

    assert start(issue) == [issue.pk]
    from django_tasks_db.models import DBTaskResult

    from warta.queue.worker import run_pending

    run_pending()  # the first batch; the next waits its minute
    assert len(mail.outbox) == 2
    assert issue.progress()["waiting"] == 3
    later = DBTaskResult.objects.filter(
        task_path=send_issue.module_path, status="READY"
    )
    assert later.get().run_after > timezone.now() + datetime.timedelta(seconds=50)
    # A worker killed after the first batch: the next resumes from the rows.
    issue.refresh_from_db()
    while send_batch(issue):
        pass
    recipients = [message.to[0] for message in mail.outbox]
    assert sorted(recipients) == sorted(f"p{n}@contoh.invalid" for n in range(5))


def morning_story():
    from warta.articles.models import ArticlePage

    return ArticlePage.objects.live().first()


def test_a_bounce_or_complaint_stops_the_mail(morning):
    ani = reader(morning, "ani@contoh.invalid")
    budi = reader(morning, "budi@contoh.invalid")
    for email, kind in (
        ("ani@contoh.invalid", "bounced"),
        ("BUDI@contoh.invalid", "complained"),
    ):
        event = AnymailTrackingEvent(
            event_type=kind, recipient=email, description="550"
        )
        tracking.send(sender=object, event=event, esp_name="Mailgun")
    ani.refresh_from_db()
    budi.refresh_from_db()
    assert ani.status == Subscriber.Status.BOUNCED
    assert budi.status == Subscriber.Status.COMPLAINED
    assert not morning.confirmed_subscribers().exists()


def test_one_click_unsubscribe_without_a_form_and_a_get_changes_nothing(morning):
    ani = reader(morning, "ani@contoh.invalid")
    client = Client(enforce_csrf_checks=True)
    assert client.get(f"/nawala/berhenti/{ani.token}/").status_code == 200
    ani.refresh_from_db()
    assert ani.status == Subscriber.Status.ACTIVE
    response = client.post(
        f"/nawala/berhenti/{ani.token}/", {"List-Unsubscribe": "One-Click"}
    )
    assert response.status_code == 200
    ani.refresh_from_db()
    assert ani.status == Subscriber.Status.UNSUBSCRIBED
    assert not morning.confirmed_subscribers().exists()


def test_the_archive_shows_sent_issues_only(client, morning):
    sent = Issue.objects.create(
        newsletter=morning, subject="Edisi terkirim", status=Issue.Status.SENT
    )
    sent.stories.create(page=morning_story())
    sent.save()
    draft = Issue.objects.create(newsletter=morning, subject="Konsep rahasia")
    page = client.get("/nawala/arsip/").content.decode()
    assert "Edisi terkirim" in page and "Konsep rahasia" not in page
    assert (
        morning_story().title
        in client.get(f"/nawala/arsip/{sent.pk}/").content.decode()
    )
    assert client.get(f"/nawala/arsip/{draft.pk}/").status_code == 404
    assert client.get("/nawala/arsip/99999999999999999999/").status_code == 404


def test_editors_see_the_progress_and_a_writer_may_not_send(
    client, admin_client, morning
):
    issue = Issue.objects.create(newsletter=morning, subject="Siap kirim")
    issue.stories.create(page=morning_story())
    issue.save()
    listing = admin_client.get("/admin/snippets/newsletters/issue/").content.decode()
    assert "Siap kirim" in listing and "belum dikirim" in listing
    assert "Kirim sekarang" in listing

    from django.contrib.auth.models import Group, User

    writer = User.objects.create_user("penulis-nawala", password="x")
    writer.groups.add(Group.objects.get(name="Penulis"))
    client.force_login(writer)
    client.post(f"/admin/nawala/{issue.pk}/kirim/")
    issue.refresh_from_db()
    assert issue.status == Issue.Status.DRAFT and not Delivery.objects.exists()

    reader(morning, "ani@contoh.invalid")
    admin_client.post(f"/admin/nawala/{issue.pk}/kirim/")
    issue.refresh_from_db()
    assert issue.status == Issue.Status.SENT and len(mail.outbox) == 1
    listing = admin_client.get("/admin/snippets/newsletters/issue/").content.decode()
    assert "terkirim 1 dari 1" in listing


def test_a_batch_reads_the_issue_once_whatever_its_size(morning, settings):
    """Per reader only their delivery row is written; the stories, their
    pages and links are read once a batch."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.WARTA_NEWSLETTER_BATCH = 100

    def queries_for(readers):
        newsletter = NewsletterList.objects.create(
            name=f"Uji {readers}", slug=f"uji-{readers}", kind="breaking"
        )
        for n in range(readers):
            reader(newsletter, f"q{readers}-{n}@contoh.invalid")
        issue = Issue.objects.create(newsletter=newsletter, subject="Uji")
        for page in ArticlePage.objects.live()[:4]:
            issue.stories.create(page=page)
        issue.save()
        with CaptureQueriesContext(connection) as captured:
            assert send_batch(issue) is False
        return len(captured)

    from warta.articles.models import ArticlePage

    few, many = queries_for(2), queries_for(12)
    assert many - few <= 10, (few, many)  # one write per reader, nothing more
    assert len(mail.outbox) == 14

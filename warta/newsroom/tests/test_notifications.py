"""Notifications: who is told what about a story, in the admin and by e-mail.

Each event goes through the admin's own views (submit, request changes,
approve, publish) or the scheduler, as the newsroom causes it.
"""

import datetime
import logging
import os
import runpy
import socket
from pathlib import Path

import pytest
from django.core import mail as outbox
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from wagtail.models import Revision, TaskState
from wagtail.test.utils.form_data import inline_formset
from wagtail.users.models import UserProfile

from warta.articles.models import ArticlePage
from warta.newsroom import mail, roles
from warta.newsroom.models import Notification, NotificationKind
from warta.newsroom.tests.conftest import article_form

pytestmark = pytest.mark.django_db
SETTINGS = Path(__file__).resolve().parents[2] / "settings" / "base.py"
COMMENT = "Tambahkan sumber kedua dari kepolisian."


@pytest.fixture
def team(make_staff, desks):
    team = {
        "writer": make_staff(roles.WRITER),
        "editor": make_staff(roles.EDITOR, desk_code="N-3"),
        "other_writer": make_staff(roles.WRITER),
        # An editor of another desk (Foto): never told about Nasional.
        "elsewhere": make_staff(roles.EDITOR, desk=desks[roles.PHOTOGRAPHER]),
    }
    for name, user in team.items():
        user.email = f"{name}@redaksi.test"
        user.save()
    return team


@pytest.fixture
def act(client, django_capture_on_commit_callbacks):
    """``act(user, method, url, data)``: one admin request, its commit hooks run."""

    def act(user, url, data=None):
        client.logout()
        client.force_login(user)
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data or {})

    return act


def file_story(act, team, desks, go_live_at=""):
    data = article_form(
        title="Kabar banjir rob",
        slug="kabar-banjir-rob",
        go_live_at=go_live_at,
        writer_links=inline_formset([{"person": team["writer"].person.pk}]),
        **{"action-submit": "1"},
    )
    url = f"/admin/pages/add/articles/articlepage/{desks[roles.WRITER].pk}/"
    response = act(team["writer"], url, data)
    assert response.status_code == 302, response.content[:2000]
    return ArticlePage.objects.get(slug="kabar-banjir-rob")


def review(act, user, page, action, comment=""):
    state = TaskState.objects.get(
        workflow_state__object_id=str(page.pk), status=TaskState.STATUS_IN_PROGRESS
    )
    url = f"/admin/pages/workflow/action/{page.pk}/{action}/{state.pk}/"
    return act(user, url, {"comment": comment})


def told(user, page):
    return list(
        Notification.objects.filter(recipient=user, page=page).values_list(
            "kind", flat=True
        )
    )


def test_submission_tells_the_desk_editors_and_no_one_else(act, team, desks):
    page = file_story(act, team, desks)
    assert told(team["editor"], page) == [NotificationKind.SUBMITTED]
    for name in ("writer", "other_writer", "elsewhere"):
        assert told(team[name], page) == [], name
    # Everyone told may act on the review (the Redaktur Pelaksana, say).
    for notification in Notification.objects.filter(page=page):
        assert page.permissions_for_user(notification.recipient).can_publish()
    mine = Notification.objects.get(recipient=team["editor"], page=page)
    assert mine.actor == team["writer"]
    assert mine.summary() == (
        f"{team['writer'].person.name} mengirim “Kabar banjir rob” untuk direview."
    )


def test_changes_requested_carry_the_editors_comment(act, client, team, desks):
    page = file_story(act, team, desks)
    review(act, team["editor"], page, "reject", COMMENT)
    notification = Notification.objects.get(
        recipient=team["writer"], kind=NotificationKind.CHANGES_REQUESTED
    )
    editor_name = team["editor"].person.name
    assert notification.actor == team["editor"]
    assert notification.comment == COMMENT
    expected = f"Redaktur {editor_name} meminta perubahan: {COMMENT}"
    assert notification.summary() == expected
    assert told(team["editor"], page) == [NotificationKind.SUBMITTED]
    assert told(team["elsewhere"], page) == []

    client.force_login(team["writer"])
    listing = client.get("/admin/notifikasi/").content.decode()
    assert expected in listing
    editor_page = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    banner = editor_page.split('class="newsroom-change-request"')[1][:1000]
    assert f"Redaktur {editor_name} meminta perubahan:" in banner
    assert COMMENT in banner
    assert team["writer"].person.name not in banner


def test_banner_leaves_once_the_story_is_resubmitted(act, client, team, desks):
    page = file_story(act, team, desks)
    review(act, team["editor"], page, "reject", COMMENT)
    data = article_form(page, **{"action-submit": "1"})
    act(team["writer"], f"/admin/pages/{page.pk}/edit/", data)
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "newsroom-change-request" not in html
    assert told(team["editor"], page) == [NotificationKind.SUBMITTED] * 2


def test_approval_published_at_once_is_told_once(act, team, desks):
    page = file_story(act, team, desks)
    outbox.outbox.clear()
    review(act, team["editor"], page, "approve")
    page.refresh_from_db()
    assert page.live
    assert told(team["writer"], page) == [NotificationKind.APPROVED]
    assert told(team["elsewhere"], page) == []
    assert told(team["other_writer"], page) == []
    # One mail, ours, in Indonesian: Wagtail's own workflow mail is not sent.
    assert [m.to for m in outbox.outbox] == [["writer@redaksi.test"]]
    assert outbox.outbox[0].subject == (
        "[Harian Warta] Disetujui dan terbit: Kabar banjir rob"
    )
    assert "menyetujui dan menerbitkan" in outbox.outbox[0].body


def test_scheduled_story_tells_writer_and_editor_when_it_goes_live(
    act, team, desks, django_capture_on_commit_callbacks
):
    go_live = timezone.localtime() + datetime.timedelta(hours=2)
    page = file_story(act, team, desks, go_live.strftime("%Y-%m-%d %H:%M"))
    review(act, team["editor"], page, "approve")
    assert told(team["writer"], page) == [NotificationKind.SCHEDULED]
    scheduled = Notification.objects.get(recipient=team["writer"], page=page)
    assert "tayang" in scheduled.summary() and "WIB" in scheduled.summary()

    revision = Revision.page_revisions.get(approved_go_live_at__isnull=False)
    past = timezone.now() - datetime.timedelta(seconds=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("publish_scheduled")
    assert NotificationKind.WENT_LIVE in told(team["writer"], page)
    assert NotificationKind.WENT_LIVE in told(team["editor"], page)
    assert told(team["elsewhere"], page) == []


def test_direct_publish_by_an_editor_tells_the_writer(act, make_draft, team):
    page = make_draft(team["writer"], title="Draf penulis")
    data = article_form(page, **{"action-publish": "1"})
    response = act(team["editor"], f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302
    assert told(team["writer"], page) == [NotificationKind.PUBLISHED]
    assert told(team["editor"], page) == []
    assert told(team["other_writer"], page) == []


def test_the_bell_counts_and_opening_marks_read(act, client, team, desks):
    page = file_story(act, team, desks)
    client.force_login(team["editor"])
    assert '"data-newsroom-unread": "1"' in client.get("/admin/").content.decode()
    mine = Notification.objects.get(recipient=team["editor"], page=page)
    response = client.get(f"/admin/notifikasi/{mine.pk}/buka/")
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{page.pk}/edit/"
    assert "data-newsroom-unread" not in client.get("/admin/").content.decode()
    # Someone else's notification is not theirs to open.
    client.force_login(team["other_writer"])
    assert client.get(f"/admin/notifikasi/{mine.pk}/buka/").status_code == 404


def test_mark_all_read(act, client, team, desks):
    file_story(act, team, desks)
    client.force_login(team["editor"])
    assert client.post("/admin/notifikasi/semua-dibaca/").status_code == 302
    assert not Notification.objects.filter(recipient=team["editor"]).unread()
    listing = client.get("/admin/notifikasi/?p=999").content.decode()
    assert "Semua sudah dibaca." in listing


def test_account_preference_turns_the_mail_off_not_the_bell(act, team, desks):
    profile = UserProfile.get_for_user(team["editor"])
    profile.submitted_notifications = False
    profile.save()
    page = file_story(act, team, desks)
    assert told(team["editor"], page) == [NotificationKind.SUBMITTED]
    assert ["editor@redaksi.test"] not in [m.to for m in outbox.outbox]


def closed_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed again when the block ends


def test_a_mail_failure_does_not_break_the_action(act, team, desks, caplog):
    page = file_story(act, team, desks)
    smtp = {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": closed_port(),
        "EMAIL_USE_TLS": False,
        "EMAIL_TIMEOUT": 5,
    }
    caplog.set_level(logging.INFO)
    with override_settings(**smtp):
        response = review(act, team["editor"], page, "reject", COMMENT)
    assert response.status_code == 302
    state = TaskState.objects.get(workflow_state__object_id=str(page.pk))
    assert state.status == TaskState.STATUS_REJECTED
    assert told(team["writer"], page) == [NotificationKind.CHANGES_REQUESTED]
    mail_records = [r for r in caplog.records if r.name == "warta.newsroom.mail"]
    assert len(mail_records) == 1
    assert mail_records[0].exc_info is None
    assert "\n" not in mail_records[0].getMessage()
    assert "ConnectionRefusedError" in mail_records[0].getMessage()
    # Nothing else logged a traceback about it (Wagtail's mailer is not there).
    assert not [r for r in caplog.records if r.exc_info]


def test_file_backend_writes_a_readable_indonesian_mail(act, team, desks, tmp_path):
    page = file_story(act, team, desks)
    review(act, team["editor"], page, "reject", COMMENT)
    notification = Notification.objects.get(recipient=team["writer"], page=page)
    folder = tmp_path / "mail"
    backend = "django.core.mail.backends.filebased.EmailBackend"
    with override_settings(EMAIL_BACKEND=backend, EMAIL_FILE_PATH=folder):
        assert mail.send_notifications([notification.pk]) == 1
    [written] = list(folder.iterdir())
    text = written.read_text(encoding="utf-8")
    assert "To: writer@redaksi.test" in text
    assert "Halo " in text
    editor_name = team["editor"].person.name
    assert f"Redaktur {editor_name} meminta perubahan: {COMMENT}" in text
    assert f"/admin/pages/{page.pk}/edit/" in text
    assert "text/html" in text  # the short HTML part beside the plain text


def mail_settings(monkeypatch, **env):
    for name in list(os.environ):
        if name.startswith(("EMAIL_", "ANYMAIL_", "WARTA_EMAIL")):
            monkeypatch.delenv(name)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(SETTINGS))


def test_demo_mail_goes_to_files_under_warta_data(monkeypatch, tmp_path):
    found = mail_settings(monkeypatch, WARTA_DATA=str(tmp_path))
    assert found["EMAIL_BACKEND"].endswith("filebased.EmailBackend")
    assert found["EMAIL_FILE_PATH"] == tmp_path / "mail"


def test_smtp_settings_are_read_from_the_environment(monkeypatch):
    found = mail_settings(
        monkeypatch,
        EMAIL_HOST="smtp.example.co.id",
        EMAIL_PORT="465",
        EMAIL_HOST_USER="redaksi",
        EMAIL_HOST_PASSWORD="rahasia",
        EMAIL_TIMEOUT="7",
        DEFAULT_FROM_EMAIL="Redaksi <redaksi@example.co.id>",
        SERVER_EMAIL="server@example.co.id",
    )
    assert found["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert (found["EMAIL_HOST"], found["EMAIL_PORT"]) == ("smtp.example.co.id", 465)
    assert (found["EMAIL_HOST_USER"], found["EMAIL_HOST_PASSWORD"]) == (
        "redaksi",
        "rahasia",
    )
    assert found["EMAIL_USE_SSL"] and not found["EMAIL_USE_TLS"]
    assert found["EMAIL_TIMEOUT"] == 7
    assert found["DEFAULT_FROM_EMAIL"] == "Redaksi <redaksi@example.co.id>"
    assert found["SERVER_EMAIL"] == "server@example.co.id"


def test_an_api_provider_through_anymail(monkeypatch):
    from anymail.backends.mailgun import EmailBackend as Mailgun
    from django.core.mail import get_connection

    found = mail_settings(
        monkeypatch,
        WARTA_EMAIL_PROVIDER="mailgun",
        ANYMAIL_MAILGUN_API_KEY="key-uji",
        ANYMAIL_MAILGUN_SENDER_DOMAIN="mg.example.co.id",
    )
    assert found["EMAIL_BACKEND"] == "anymail.backends.mailgun.EmailBackend"
    assert found["ANYMAIL"]["MAILGUN_API_KEY"] == "key-uji"
    with override_settings(
        EMAIL_BACKEND=found["EMAIL_BACKEND"], ANYMAIL=found["ANYMAIL"]
    ):
        connection = get_connection()
    assert isinstance(connection, Mailgun)
    assert connection.api_key == "key-uji"


def test_an_unknown_provider_is_a_clear_error(monkeypatch):
    with pytest.raises(ValueError, match="WARTA_EMAIL_PROVIDER must be one of"):
        mail_settings(monkeypatch, WARTA_EMAIL_PROVIDER="pos-kilat")

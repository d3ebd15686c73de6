"""`warta prune` forgets what is kept past its retention (issue 22, Deliver 3)."""

import datetime
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from axes.models import AccessFailureLog
from django.core.cache import caches
from django.core.management import call_command
from django.utils import timezone

from warta.comments.models import Comment
from warta.operations.management.commands.prune import prune_all

pytestmark = pytest.mark.django_db


def test_prune_blanks_old_e_mails_and_drops_old_records(
    wire_article, settings, tmp_path
):
    settings.EMAIL_FILE_PATH = tmp_path
    now = timezone.now()
    old, new = now - datetime.timedelta(days=200), now - datetime.timedelta(days=1)
    made = {
        when: Comment.objects.create(
            page=wire_article, name="Ani", email=f"ani{n}@contoh.invalid",
            body="Komentar.", created_at=when,
        )
        for n, when in enumerate([old, new])
    }  # fmt: skip
    failure = AccessFailureLog.objects.create(username="x", ip_address="203.0.113.1")
    AccessFailureLog.objects.filter(pk=failure.pk).update(attempt_time=old)
    recent = AccessFailureLog.objects.create(username="y", ip_address="203.0.113.2")
    stale_mail, fresh_mail = tmp_path / "old.log", tmp_path / "new.log"
    stale_mail.write_text("x")
    fresh_mail.write_text("y")
    os.utime(stale_mail, (old.timestamp(), old.timestamp()))
    caches["limits"].set("expired", 1, -1)

    done = prune_all(now=now)

    made[old].refresh_from_db()
    made[new].refresh_from_db()
    assert made[old].email == "" and made[old].body == "Komentar."
    assert made[new].email == "ani1@contoh.invalid"
    assert not AccessFailureLog.objects.filter(pk=failure.pk).exists()
    assert AccessFailureLog.objects.filter(pk=recent.pk).exists()
    assert not stale_mail.exists() and fresh_mail.exists()
    assert done["comment e-mails"] >= 1
    limits = caches["limits"]
    if hasattr(limits, "prune"):  # the database cache keeps dead rows until pruned
        assert done["expired limits"] >= 1
    else:  # Redis drops an expired key by itself; there is nothing to prune
        assert limits.get("expired") is None and done["expired limits"] == 0


def test_the_command_runs_and_reports(capsys):
    call_command("prune")
    out = capsys.readouterr().out
    assert "comment e-mails:" in out and "expired tokens:" in out


def test_read_notifications_and_expired_tokens_go_unread_ones_stay(
    wire_article, django_user_model
):
    from warta.newsroom.models import Notification

    now = timezone.now()
    old = now - datetime.timedelta(days=200)
    user = django_user_model.objects.create_user("prune-notified")
    read, unread = (
        Notification.objects.create(
            recipient=user, kind="published", page=wire_article, created=old,
            read_at=read_at,
        )
        for read_at in (old, None)
    )  # fmt: skip
    tokens = caches["generations"]
    tokens.set("prune-dead", "x", -1)
    tokens.set("prune-live", "y", 3600)

    done = prune_all(now=now)

    assert not Notification.objects.filter(pk=read.pk).exists()
    assert Notification.objects.filter(pk=unread.pk).exists()
    if getattr(tokens, "_dir", None):  # the file store; Redis expires its own
        assert done["expired tokens"] >= 1
        assert not tokens.has_key("prune-dead")
    assert tokens.get("prune-live") == "y"


def test_the_shipped_timer_runs_warta_prune_daily():
    """deploy/warta-prune.*: systemd accepts the units; the service runs the
    command this module tests, the timer starts it once a day."""
    deploy = Path(__file__).resolve().parent.parent / "deploy"
    service = (deploy / "warta-prune.service").read_text()
    timer = (deploy / "warta-prune.timer").read_text()
    assert "ExecStart=/srv/warta/.venv/bin/warta prune\n" in service
    (calendar,) = re.findall(r"^OnCalendar=(.+)$", timer, re.MULTILINE)
    assert calendar == "*-*-* 03:30:00" and "Persistent=true" in timer
    analyze = shutil.which("systemd-analyze")
    if analyze:
        result = subprocess.run(
            [analyze, "calendar", "--iterations=2", calendar],
            capture_output=True, text=True, timeout=30,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr


def test_old_click_counts_and_finished_tasks_go(wire_article):
    from django_tasks_db.models import DBTaskResult

    from warta.reach.models import Click

    now = timezone.now()
    today = timezone.localdate(now)
    old = Click.objects.create(
        page=wire_article, channel="nawala", day=today - datetime.timedelta(days=500)
    )
    recent = Click.objects.create(page=wire_article, channel="nawala", day=today)
    finished = {
        (days, status): DBTaskResult.objects.create(
            args_kwargs={"args": [], "kwargs": {}}, task_path="x.y",
            backend_name="default", status=status,
            finished_at=now - datetime.timedelta(days=days),
        )
        for days, status in ((10, "SUCCESSFUL"), (1, "SUCCESSFUL"), (10, "FAILED"))
    }  # fmt: skip
    done = prune_all(now=now)
    assert not Click.objects.filter(pk=old.pk).exists()
    assert Click.objects.filter(pk=recent.pk).exists()
    left = set(DBTaskResult.objects.values_list("pk", flat=True))
    assert finished[10, "SUCCESSFUL"].pk not in left  # done 10 days ago: gone
    assert finished[1, "SUCCESSFUL"].pk in left
    assert finished[10, "FAILED"].pk in left  # failures stay four times as long
    assert done["click counts"] == 1 and done["finished tasks"] == 1

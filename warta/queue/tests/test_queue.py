"""The worker's retries, recovery and clock, and the *Antrean tugas* page."""

import datetime
import uuid

import pytest
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from warta.queue.models import WorkerBeat
from warta.queue.tests import tasks
from warta.queue.worker import recover_abandoned, run_pending, tick

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def database_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.WARTA_TASKS = "database"
    settings.WARTA_WORKER_STALE_SECONDS = 60


def row(result):
    return DBTaskResult.objects.get(pk=result.id)


def test_a_failing_task_is_tried_again_until_it_works():
    result = tasks.flaky.enqueue(f"flaky-{uuid.uuid4()}", failures=2)
    run_pending()
    done = row(result)
    assert done.status == TaskResultStatus.SUCCESSFUL
    assert done.return_value == 3 and len(done.worker_ids) == 3
    assert DBTaskResult.objects.count() == 1  # the same row, not copies


def test_a_retry_waits_its_backoff():
    result = tasks.patient.enqueue()
    run_pending()
    waiting = row(result)
    assert waiting.status == TaskResultStatus.READY
    assert waiting.run_after > timezone.now() + datetime.timedelta(minutes=9)
    assert "TimeoutError" in waiting.traceback


def test_what_fails_for_good_is_listed_and_can_be_tried_again(admin_client):
    result = tasks.broken.enqueue()
    run_pending()
    assert row(result).status == TaskResultStatus.FAILED
    assert len(row(result).worker_ids) == 2

    page = admin_client.get("/admin/antrean/").content.decode()
    assert "Gagal: <strong>1</strong>" in page
    assert "broken" in page and "alamat tujuan tidak dikenal" in page
    assert "2 dari 2" in page
    assert "Tidak ada pekerja yang aktif" in page  # none beat in this test

    response = admin_client.post(f"/admin/antrean/{result.id}/ulang/", follow=True)
    assert "masuk antrean lagi" in response.content.decode()
    assert row(result).status == TaskResultStatus.READY
    run_pending()
    assert row(result).status == TaskResultStatus.FAILED


def test_the_page_is_for_operators_and_refuses_bad_requests(client, admin_client):
    from django.contrib.auth.models import Permission, User

    editor = User.objects.create_user("redaktur-antrean", password="x")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    assert client.get("/admin/antrean/").status_code == 403
    result = tasks.broken.enqueue()
    assert client.post(f"/admin/antrean/{result.id}/ulang/").status_code == 403

    assert admin_client.get("/admin/antrean/bukan-uuid/ulang/").status_code == 404
    missing = f"/admin/antrean/{uuid.uuid4()}/ulang/"
    assert admin_client.post(missing).status_code == 404
    assert admin_client.get(f"/admin/antrean/{result.id}/ulang/").status_code == 405
    # A task that has not failed is left alone.
    response = admin_client.post(f"/admin/antrean/{result.id}/ulang/", follow=True)
    assert "tidak ada yang diulang" in response.content.decode()
    assert row(result).status == TaskResultStatus.READY


def running(worker_ids, minutes_ago=5, path="warta.queue.tests.tasks.broken"):
    started = timezone.now() - datetime.timedelta(minutes=minutes_ago)
    return DBTaskResult.objects.create(
        args_kwargs={"args": [], "kwargs": {}},
        task_path=path,
        backend_name="default",
        status=TaskResultStatus.RUNNING,
        started_at=started,
        worker_ids=worker_ids,
    )


def test_what_a_dead_worker_left_running_goes_back_in_the_queue():
    now = timezone.now()
    WorkerBeat.objects.create(
        worker_id="alive", started_at=now, seen_at=now, host="h", pid=1
    )
    abandoned = running(["dead"])
    busy = running(["alive"])  # a long task of a live worker
    lost_twice = running(["dead-1", "dead-2"])  # policy: 2 attempts

    assert recover_abandoned() == 2
    assert DBTaskResult.objects.get(pk=abandoned.pk).status == TaskResultStatus.READY
    assert DBTaskResult.objects.get(pk=busy.pk).status == TaskResultStatus.RUNNING
    gone = DBTaskResult.objects.get(pk=lost_twice.pk)
    assert gone.status == TaskResultStatus.FAILED
    assert "stopped 2 times" in gone.traceback


def test_the_clock_queues_each_periodic_task_once_per_period(settings):
    settings.WARTA_PERIODIC_TASKS = [("warta.queue.tasks.probe", 60, 0.5)]
    minute = 1_800_000_000 - 1_800_000_000 % 60
    assert tick(minute + 10) == ["warta.queue.tasks.probe"]
    assert tick(minute + 50) == []  # another worker, the same minute
    assert tick(minute + 60.2) == []  # not yet half a second past
    assert tick(minute + 60.6) == ["warta.queue.tasks.probe"]
    assert DBTaskResult.objects.filter(task_path="warta.queue.tasks.probe").count() == 2


def test_publish_due_puts_a_scheduled_story_live(wire_article):
    from wagtail.models import Page

    from warta.newsroom.tasks import publish_due

    page = wire_article.specific
    page.go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    page.unpublish()
    revision = page.save_revision(approved_go_live_at=page.go_live_at)
    assert revision.approved_go_live_at is not None
    result = publish_due.enqueue()
    run_pending()
    assert row(result).return_value == {"published": 1, "expired": 0}
    assert Page.objects.get(pk=page.pk).live

"""*Antrean tugas* in the admin: are workers alive, what waits, what failed
for good (the dead letters), and *Coba lagi* for each failed task.

For superusers (the paper's operators); anyone else gets a 403.
"""

import datetime

from django.conf import settings
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.http import require_POST
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult, get_date_max

from warta.queue.models import WorkerBeat
from warta.queue.policy import policy_for
from warta.queue.worker import retry_now, stale_seconds

# What each task does, in the newsroom's words.
LABELS = {
    "warta.newsroom.tasks.publish_due": "Terbitkan berita terjadwal",
    "warta.ingest.tasks.poll_wires": "Ambil berita kawat",
    "warta.queue.tasks.probe": "Uji pekerja",
    "wagtail.contrib.frontend_cache.tasks.purge_urls_from_cache_task": (
        "Bersihkan cache depan (CDN)"
    ),
    "wagtail.tasks.update_reference_index_task": "Perbarui indeks rujukan",
    "wagtail.tasks.delete_file_from_storage_task": "Hapus berkas lama",
    "wagtail.images.tasks.set_image_focal_point_task": "Cari titik fokus foto",
    "modelsearch.tasks.insert_or_update_object_task": "Perbarui indeks pencarian",
    "modelsearch.tasks.delete_object_task": "Hapus dari indeks pencarian",
}
SHOWN = 50


def label(task_path):
    return LABELS.get(task_path, task_path.rsplit(".", 1)[-1].replace("_", " "))


def last_line(traceback):
    lines = [line for line in (traceback or "").strip().splitlines() if line.strip()]
    return lines[-1].strip() if lines else ""


def row(result, now):
    policy = policy_for(result.task_path)
    waiting = result.run_after != get_date_max() and result.run_after > now
    return {
        "pk": result.pk,
        "label": label(result.task_path),
        "path": result.task_path,
        "enqueued_at": result.enqueued_at,
        "finished_at": result.finished_at,
        "attempts": len(result.worker_ids),
        "allowed": policy.attempts,
        "run_after": result.run_after if waiting else None,
        "error": last_line(result.traceback),
    }


def forbidden(request):
    return TemplateResponse(
        request, "queue/forbidden.html", {"header_title": "Antrean tugas"}, status=403
    )


def tasks(request):
    if not request.user.is_superuser:
        return forbidden(request)
    if settings.WARTA_TASKS != "database":
        return TemplateResponse(
            request,
            "queue/elsewhere.html",
            {"header_title": "Antrean tugas", "backend": settings.WARTA_TASKS},
        )
    now = timezone.now()
    results = DBTaskResult.objects.all()
    alive = WorkerBeat.objects.filter(
        seen_at__gte=now - datetime.timedelta(seconds=stale_seconds())
    ).order_by("host", "pid")
    day_ago = now - datetime.timedelta(days=1)
    failed = results.failed().order_by("-finished_at")
    context = {
        "header_title": "Antrean tugas",
        "workers": alive,
        "counts": {
            "ready": results.filter(status=TaskResultStatus.READY).count(),
            "running": results.running().count(),
            "failed": failed.count(),
            "done": results.successful().filter(finished_at__gte=day_ago).count(),
        },
        "failed": [row(result, now) for result in failed[:SHOWN]],
        "waiting": [
            row(result, now)
            for result in results.filter(status=TaskResultStatus.READY).order_by(
                "run_after", "enqueued_at"
            )[:SHOWN]
        ],
        "running": [row(r, now) for r in results.running().order_by("started_at")],
    }
    return TemplateResponse(request, "queue/tasks.html", context)


@require_POST
def retry(request, pk):
    if not request.user.is_superuser:
        return forbidden(request)
    result = get_object_or_404(DBTaskResult, pk=pk)
    if retry_now(result):
        messages.success(request, f"“{label(result.task_path)}” masuk antrean lagi.")
    else:
        messages.warning(request, "Tugas itu tidak lagi gagal; tidak ada yang diulang.")
    return redirect("queue_tasks")

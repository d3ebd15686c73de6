"""A story just published is rendered once by the worker: the first reader
of a gallery no longer waits while its pictures' renditions are made."""

import pytest
from django.core.cache import caches
from django_tasks_db.models import DBTaskResult

from warta.images.models import WartaRendition
from warta.multimedia.models import PhotoGalleryPage
from warta.queue.worker import run_pending

pytestmark = pytest.mark.django_db


def test_the_worker_makes_a_galleries_renditions_before_its_first_reader(
    client, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.ALLOWED_HOSTS = ["*"]
    gallery = PhotoGalleryPage.objects.live().first()
    # New pictures: no rendition made, no markup of them kept by earlier tests.
    WartaRendition.objects.all().delete()
    for cache in caches.all():
        cache.clear()

    with django_capture_on_commit_callbacks(execute=True):
        gallery.save_revision().publish()
    warm = DBTaskResult.objects.filter(task_path="warta.newsroom.tasks.warm_story")
    assert warm.get().status == "READY"
    run_pending()
    assert warm.get().return_value == {"status": 200}
    made = WartaRendition.objects.count()
    assert made > 0

    assert client.get(gallery.url).status_code == 200
    assert WartaRendition.objects.count() == made  # the reader made none

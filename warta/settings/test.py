"""Test settings: fast hashing, media in a throwaway folder, plain static storage."""

import os
import re
import tempfile
from pathlib import Path

from warta.settings.base import *  # noqa: F403

WARTA_DEMO = True
SECRET_KEY = "test-only-not-secret"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="warta-test-media-"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
ALLOWED_HOSTS = ["*"]
STATIC_ROOT = Path(tempfile.mkdtemp(prefix="warta-test-static-"))
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Page tests inspect fresh renders (response.context); warta.delivery's own
# tests turn the page cache on.
WARTA_PAGE_CACHE = False
# Generation tokens (warta.delivery.keys) in a folder of their own, not in
# var/ where a running demo reads them.
if not CACHES["generations"]["BACKEND"].endswith("RedisCache"):  # noqa: F405
    CACHES["generations"]["LOCATION"] = tempfile.mkdtemp(prefix="warta-tokens-")  # noqa: F405
    _limits = Path(tempfile.mkdtemp(prefix="warta-limits-")) / "limits.sqlite3"
    CACHES["limits"]["LOCATION"] = _limits  # noqa: F405

# `make test` runs the suite in two processes (pytest-xdist): each gets its own
# Redis database, since a test's cache.clear() empties the whole database and
# the same page ids exist in both workers' test databases.
_worker = os.environ.get("PYTEST_XDIST_WORKER", "")
if _worker.startswith("gw") and os.environ.get("REDIS_URL"):
    _database = int(_worker[2:]) + 1
    for _cache in CACHES.values():  # noqa: F405
        _cache["LOCATION"] = re.sub(
            r"(/\d*)?$", f"/{_database}", _cache["LOCATION"], count=1
        )
        _cache["OPTIONS"]["journal"] = Path(tempfile.mkdtemp(prefix="warta-unsent-"))

# Tasks run as they are queued, in the test's own transaction; the queue's
# tests (warta.queue.tests) turn the database backend on and run a worker.
if "WARTA_TASKS" not in os.environ:
    WARTA_TASKS = "immediate"
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

"""Test settings: fast hashing, media in a throwaway folder, plain static storage."""

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

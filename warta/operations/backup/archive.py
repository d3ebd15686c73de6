"""Backup folders: the manifest, the database file and the media copy."""

import json
import shutil
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from warta.operations.backup.engines import ENGINES, BackupError, engine_for

FORMAT = 1


def counts():
    """What a restore must bring back, for the manifest and the report."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page

    from warta.comments.models import Comment

    return {
        "pages": Page.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "comments": Comment.objects.count(),
    }


def media_root():
    backend = settings.STORAGES["default"]["BACKEND"]
    if not backend.endswith("FileSystemStorage"):
        return None  # object storage keeps its own copies (versioning)
    return Path(settings.MEDIA_ROOT)


def create_backup(dest):
    dest = Path(dest)
    if dest.exists() and any(dest.iterdir()):
        raise BackupError(f"{dest} is not empty; choose a new folder.")
    engine = engine_for()
    dest.mkdir(parents=True, exist_ok=True)
    try:
        found = counts()
        engine.dump(dest / engine.filename)
        files = _copy_media(dest)
    except BaseException:
        shutil.rmtree(dest, ignore_errors=True)  # no half backup left to trust
        raise
    manifest = {
        "format": FORMAT,
        "created": timezone.now().isoformat(),
        "engine": engine.name,
        "database": engine.filename,
        "media": "media" if media_root() is not None else None,
        "media_files": files,
        "counts": found,
    }
    (dest / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    return manifest


def _copy_media(dest):
    media = media_root()
    if media is None or not media.exists():
        return 0
    shutil.copytree(media, dest / "media", symlinks=False)
    return sum(1 for path in (dest / "media").rglob("*") if path.is_file())


def read_manifest(src):
    path = Path(src) / "manifest.json"
    try:
        manifest = json.loads(path.read_text())
    except FileNotFoundError:
        raise BackupError(f"{src} is not a Warta backup (no manifest.json).") from None
    except ValueError:
        raise BackupError(f"{path} is damaged (not JSON).") from None
    if manifest.get("format") != FORMAT or manifest.get("engine") not in ENGINES:
        raise BackupError(f"{path} is from an unknown backup format.")
    if not (Path(src) / manifest["database"]).is_file():
        raise BackupError(f"{src} has no {manifest['database']}.")
    return manifest


def restore_backup(src):
    src = Path(src)
    manifest = read_manifest(src)
    engine = engine_for()
    if engine.name != manifest["engine"]:
        raise BackupError(
            f"this backup is from {manifest['engine']}, but the site now runs on "
            f"{engine.name}; restore it into the same kind of database."
        )
    engine.load(src / manifest["database"])
    media = media_root()
    if media is not None and manifest.get("media") and (src / "media").is_dir():
        # Added over what is there: a restore never deletes a file.
        shutil.copytree(src / "media", media, dirs_exist_ok=True)
    cache.clear()  # pages and fragments cached before the restore are stale
    return manifest, counts()

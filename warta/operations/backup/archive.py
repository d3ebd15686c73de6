"""Backup folders, and a restore that checks everything before it replaces anything.

``restore_backup`` runs in this order, and stops with ``BackupError`` (the
live database and media untouched) at the first thing wrong:

1. the manifest: known format and engine, only paths inside the folder;
2. every file's SHA-256 against the manifest;
3. the database, checked apart from the live one (``engines.py``);
4. an *undo* of what is live now: the database (and, as they are overwritten,
   the media files the backup replaces) in ``$WARTA_DATA/restore-undo``;
5. the swap of the database, in one step;
6. media files copied over the live ones (a restore never deletes one);
7. the undo kept (``warta restore --undo`` puts it back), the cache cleared.
"""

import os
import shutil
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from warta.operations.backup import manifest as manifests
from warta.operations.backup.engines import BackupError, engine_for
from warta.operations.backup.manifest import (
    private_dir,
    private_file,
    sha256_of,
)


def counts():
    """What the live site holds now, for the report after a restore."""
    return engine_for().live_counts()


def media_root():
    backend = settings.STORAGES["default"]["BACKEND"]
    if not backend.endswith("FileSystemStorage"):
        return None  # object storage keeps its own copies (versioning)
    return Path(settings.MEDIA_ROOT)


def undo_folder():
    return Path(settings.DATA_DIR) / "restore-undo"


def create_backup(dest, media=True):
    dest = Path(dest)
    if dest.exists() and any(dest.iterdir()):
        raise BackupError(f"{dest} is not empty; choose a new folder.")
    engine = engine_for()
    private_dir(dest)
    try:
        database = private_file(dest / engine.filename)
        found = engine.dump(database)
        database.chmod(0o600)
        files = {engine.filename: sha256_of(database)}
        if media:
            files.update(_copy_media(dest))
    except BaseException:
        shutil.rmtree(dest, ignore_errors=True)  # no half backup left to trust
        raise
    manifest = {
        "format": manifests.FORMAT,
        "created": timezone.now().isoformat(),
        "engine": engine.name,
        "database": engine.filename,
        "media": "media" if media and media_root() is not None else None,
        "media_files": len(files) - 1,
        "counts": found,
        "files": files,
    }
    manifests.write(dest, manifest)
    return manifest


def _copy_media(dest):
    """Every regular file of the media folder, private, with its checksum."""
    media = media_root()
    if media is None or not media.exists():
        return {}
    files = {}
    for path in sorted(media.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        name = "media/" + path.relative_to(media).as_posix()
        target = dest / name
        for parent in reversed(target.relative_to(dest).parents[:-1]):
            private_dir(dest / parent)
        private_file(target)
        shutil.copyfile(path, target)
        files[name] = sha256_of(target)
    return files


def read_manifest(src):
    return manifests.read(src)


def restore_backup(src):
    """Restore ``src``; returns (its manifest, what the site holds now)."""
    src = Path(src)
    manifest = manifests.read(src)
    engine = engine_for()
    if engine.name != manifest["engine"]:
        raise BackupError(
            f"this backup is from {manifest['engine']}, but the site now runs on "
            f"{engine.name}; restore it into the same kind of database."
        )
    manifests.verify_checksums(src, manifest)
    media = media_root()
    files = manifests.media_files(src, manifest) if media is not None else []
    expected = manifest["counts"] if manifest["format"] >= 2 else {}
    database = src / manifest["database"]
    with engine.prepared(database, expected) as candidate:
        undo = _new_undo(engine)
        try:
            candidate.swap()
        except BaseException:
            if undo is not None:
                shutil.rmtree(undo.parent, ignore_errors=True)
            raise
    _restore_media(files, media, undo)
    _keep_undo(undo)
    cache.clear()  # pages and fragments cached before the restore are stale
    return manifest, counts()


def _new_undo(engine):
    """A backup of the live database, beside the undo slot until it is kept
    (None when there is nothing live to keep: a new site)."""
    if not engine.holds_a_site():
        return None
    slot = undo_folder()
    slot.parent.mkdir(parents=True, exist_ok=True)  # WARTA_DATA: left as it is
    work = Path(tempfile.mkdtemp(prefix=".restore-undo-", dir=slot.parent))
    create_backup(work / "backup", media=False)
    return work / "backup"


def _restore_media(files, media, undo):
    """Copy the backup's media files over the live ones; a live file that would
    be overwritten with other content is first moved into the undo."""
    if not files:
        return
    saved = {}
    for name, source in files:
        target = media.joinpath(*Path(name).parts)
        digest = sha256_of(source)
        if target.is_file() and sha256_of(target) == digest:
            continue
        if target.is_file() and undo is not None:  # no site was live: no undo
            kept = undo / "media" / name
            for parent in reversed(kept.relative_to(undo).parents[:-1]):
                private_dir(undo / parent)
            shutil.copyfile(target, private_file(kept))
            saved["media/" + name] = sha256_of(kept)
        target.parent.mkdir(parents=True, exist_ok=True)
        part = target.with_name(f".{target.name}.restore-{os.getpid()}")
        shutil.copyfile(source, part)  # the live folder's own permissions
        os.replace(part, target)
    if saved:
        manifest = manifests.read(undo)
        manifest["files"].update(saved)
        manifest["media"] = "media"
        manifest["media_files"] = len(saved)
        manifests.write(undo, manifest)


def _keep_undo(undo):
    """The new undo replaces the previous one: one undo, the latest."""
    if undo is None:
        return
    slot = undo_folder()
    old = slot.with_name(".restore-undo-old")
    shutil.rmtree(old, ignore_errors=True)
    if slot.exists():
        os.replace(slot, old)
    os.replace(undo, slot)
    shutil.rmtree(undo.parent, ignore_errors=True)
    shutil.rmtree(old, ignore_errors=True)


def undo_manifest():
    slot = undo_folder()
    if not (slot / manifests.NAME).is_file():
        raise BackupError("there is no restore to undo.")
    return manifests.read(slot)


def undo_restore():
    """Put back what the last restore replaced (and keep what it restored as
    the next undo)."""
    undo_manifest()
    return restore_backup(undo_folder())

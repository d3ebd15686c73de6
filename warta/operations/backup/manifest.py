"""The manifest of a backup folder: what is inside, and proof it is intact.

Format 2 lists every file of the backup (the database and each media file)
with its SHA-256 and the row counts read from the dumped database itself, so
``restore`` can refuse a folder that was truncated, swapped or edited before it
touches anything live. Format 1 (before checksums) is still read: its files
are checked by content (the database) and by path, not by checksum.

Backups hold password hashes, TOTP secrets, sessions and commenters' e-mail
addresses: folders are made 0700 and files 0600.
"""

import hashlib
import json
import os
import re
from pathlib import Path, PurePosixPath

from warta.operations.backup.engines import ENGINES, BackupError

FORMAT = 2
READABLE_FORMATS = (1, 2)
NAME = "manifest.json"
# A stored path: relative, forward slashes, no "." or ".." part, no NUL.
SAFE_PART = re.compile(r"^[^/\\\x00]+$")


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def private_dir(path):
    """A folder only its owner can enter (made if missing)."""
    path = Path(path)
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    path.chmod(0o700)
    return path


def private_file(path):
    """An empty file only its owner can read, ready to be written."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)
    return Path(path)


def write(dest, manifest):
    path = private_file(Path(dest) / NAME)
    path.write_text(json.dumps(manifest, indent=2) + "\n")


def safe_relative(name, src):
    """``name`` from a manifest as a path inside ``src``; BackupError when it
    points anywhere else (``../../etc/passwd``, ``/etc/passwd``, a symlink)."""
    parts = PurePosixPath(name).parts if isinstance(name, str) else ()
    if not parts or any(p in (".", "..") or not SAFE_PART.match(p) for p in parts):
        raise BackupError(f"{src}/{NAME} names a file outside the backup: {name!r}.")
    path = Path(src).joinpath(*parts)
    for parent in [path, *path.parents]:
        if parent == Path(src):
            break
        if parent.is_symlink():
            raise BackupError(f"{src}: {name} is a symbolic link; refused.")
    return path


def read(src):
    """The manifest of ``src``, checked for shape and paths (not checksums)."""
    src = Path(src)
    path = src / NAME
    try:
        manifest = json.loads(path.read_text())
    except FileNotFoundError:
        raise BackupError(f"{src} is not a Warta backup (no {NAME}).") from None
    except (ValueError, UnicodeDecodeError, OSError):
        raise BackupError(f"{path} is damaged (not JSON).") from None
    if not isinstance(manifest, dict) or manifest.get("format") not in (
        READABLE_FORMATS
    ):
        raise BackupError(f"{path} is from an unknown backup format.")
    engine = manifest.get("engine")
    if engine not in ENGINES:
        raise BackupError(f"{path} names an unknown database engine: {engine!r}.")
    if manifest.get("database") != ENGINES[engine].filename:
        raise BackupError(
            f"{path} names {manifest.get('database')!r} as the database; a "
            f"{engine} backup holds {ENGINES[engine].filename}."
        )
    if not isinstance(manifest.get("counts"), dict):
        raise BackupError(f"{path} has no row counts.")
    if manifest["format"] >= 2:
        files = manifest.get("files")
        if not isinstance(files, dict) or manifest["database"] not in files:
            raise BackupError(f"{path} lists no checksums.")
        for name, digest in files.items():
            safe_relative(name, src)
            if name != manifest["database"] and not name.startswith("media/"):
                raise BackupError(f"{path} lists a file outside media/: {name!r}.")
            if not (isinstance(digest, str) and re.fullmatch(r"[0-9a-f]{64}", digest)):
                raise BackupError(f"{path} has a malformed checksum for {name}.")
    database = safe_relative(manifest["database"], src)
    if not database.is_file():
        raise BackupError(f"{src} has no {manifest['database']}.")
    return manifest


def verify_checksums(src, manifest):
    """Every listed file present, a regular file, and as it was written."""
    for name, expected in manifest.get("files", {}).items():
        path = safe_relative(name, src)
        if not path.is_file():
            raise BackupError(f"{src} is incomplete: {name} is missing.")
        if sha256_of(path) != expected:
            raise BackupError(
                f"{src}: {name} does not match its checksum (damaged or changed "
                "since the backup was made)."
            )


def media_files(src, manifest):
    """``[(relative name under media/, path in the backup)]`` to restore."""
    src = Path(src)
    if manifest["format"] >= 2:
        return [
            (name.removeprefix("media/"), safe_relative(name, src))
            for name in manifest["files"]
            if name.startswith("media/")
        ]
    folder = src / "media"
    if not manifest.get("media") or not folder.is_dir() or folder.is_symlink():
        return []
    found = []
    for path in sorted(folder.rglob("*")):
        name = path.relative_to(src).as_posix()
        if path.is_symlink():
            raise BackupError(f"{src}: {name} is a symbolic link; refused.")
        if path.is_file():
            found.append((name.removeprefix("media/"), safe_relative(name, src)))
    return found

"""Reading feeds and pictures: local files, ``file://`` and http(s) only, bounded.

Every read has a size limit (``WARTA_WIRE_MAX_BYTES``, 20 MB by default) and
network reads a timeout (``WARTA_WIRE_TIMEOUT``). A feed read from the network
may only point at pictures on the network: a local path or ``file://`` URL is
followed only when the feed itself is a local file, so a remote feed cannot
make Warta read files from the server's disk.
"""

import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

from warta.ingest import conf

USER_AGENT = "Warta-ingest/1.0"
CHUNK = 64 * 1024


class SourceError(Exception):
    """The thing could not be read; the message says why, in Indonesian."""


def max_bytes():
    return conf.max_bytes()


def timeout():
    return conf.timeout()


def megabytes(n):
    return f"{n / (1024 * 1024):.0f} MB"


@dataclass
class Source:
    """Bytes that were read, and where from (to resolve relative links)."""

    data: bytes
    location: str  # what the operator or the feed named
    base: str  # URL or local path that relative links resolve against
    local: bool
    content_type: str = ""


def is_url(location):
    return urlparse(location).scheme.lower() in ("http", "https")


def local_path(location):
    """The path of a local location (plain path or file:// URL), else None."""
    parsed = urlparse(location)
    scheme = parsed.scheme.lower()
    if scheme == "file":
        if parsed.netloc not in ("", "localhost"):
            return None
        return Path(unquote(parsed.path))
    if scheme == "" or (len(scheme) == 1 and location[1:3] in (":\\", ":/")):
        return Path(location)
    return None


def read(location, limit=None, allow_local=True):
    """Read ``location`` (path, file:// or http(s) URL) into a ``Source``."""
    limit = limit or max_bytes()
    if is_url(location):
        return _read_url(location, limit)
    path = local_path(location)
    if path is None:
        scheme = urlparse(location).scheme or "?"
        raise SourceError(f"skema alamat tidak diizinkan: {scheme}")
    if not allow_local:
        raise SourceError("berkas lokal tidak diizinkan dari umpan di jaringan")
    return _read_file(location, path, limit)


def _read_file(location, path, limit):
    try:
        if path.is_dir():
            raise SourceError(f"{path} adalah folder")
        size = path.stat().st_size
        if size > limit:
            raise SourceError(
                f"berkas terlalu besar: {megabytes(size)} (batas {megabytes(limit)})"
            )
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise SourceError(f"berkas tidak ada: {path}") from None
    except PermissionError:
        raise SourceError(f"berkas tidak boleh dibaca: {path}") from None
    except OSError as error:
        raise SourceError(f"berkas tidak terbaca: {error.strerror or error}") from None
    if len(data) > limit:
        raise SourceError(f"berkas terlalu besar (batas {megabytes(limit)})")
    return Source(data, location, str(path.resolve()), local=True)


def _read_url(url, limit):
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout()) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > limit:
                raise SourceError(
                    f"terlalu besar: {megabytes(int(length))} "
                    f"(batas {megabytes(limit)})"
                )
            chunks, total = [], 0
            while chunk := response.read(CHUNK):
                total += len(chunk)
                if total > limit:
                    raise SourceError(f"terlalu besar (batas {megabytes(limit)})")
                chunks.append(chunk)
            final = response.geturl()
            if not is_url(final):
                raise SourceError("dialihkan ke alamat yang tidak diizinkan")
            content_type = response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as error:
        raise SourceError(f"HTTP {error.code} dari {url}") from None
    except urllib.error.URLError as error:
        raise SourceError(f"tidak bisa dihubungi: {error.reason}") from None
    except TimeoutError:
        raise SourceError(f"waktu habis ({timeout()} detik)") from None
    except OSError as error:
        raise SourceError(f"gagal dibaca: {error}") from None
    return Source(b"".join(chunks), url, final, local=False, content_type=content_type)


def resolve(reference, base, base_is_local):
    """The absolute location of ``reference`` found in a feed read from ``base``."""
    reference = (reference or "").strip()
    if not reference:
        return ""
    if is_url(reference) or urlparse(reference).scheme:
        return reference
    if base_is_local:
        path = Path(unquote(reference))
        if not path.is_absolute():
            path = Path(base).parent / path
        return str(path)
    return urljoin(base, reference)

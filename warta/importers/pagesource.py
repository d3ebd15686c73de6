"""Where a saved page comes from: a local file or an http(s) URL, both bounded.

A URL is fetched with a timeout and a size limit, following redirects only to
http(s); nothing else (file:, ftp:) is ever opened from a URL.
"""

import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

MAX_BYTES = 5 * 1024 * 1024
TIMEOUT = 15
USER_AGENT = "Warta-import-page/1.0"


class SourceError(Exception):
    pass


class HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlparse(newurl).scheme not in ("http", "https"):
            raise SourceError(f"pengalihan ke alamat selain http ditolak: {newurl}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def is_url(value):
    return "://" in value


def read_source(value, max_bytes=MAX_BYTES, timeout=TIMEOUT):
    """``(data, declared_charset, name)`` for a file path or an http(s) URL."""
    if is_url(value):
        return _fetch(value, max_bytes, timeout)
    path = Path(value)
    if not path.is_file():
        raise SourceError(f"{value}: berkas tidak ada")
    if path.stat().st_size > max_bytes:
        raise SourceError(f"{value}: lebih dari {max_bytes // (1024 * 1024)} MB")
    return path.read_bytes(), None, path.name


def _fetch(url, max_bytes, timeout):
    if urlparse(url).scheme not in ("http", "https"):
        raise SourceError(f"{url}: hanya alamat http dan https yang bisa diimpor")
    opener = urllib.request.build_opener(HttpOnlyRedirects)
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with opener.open(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise SourceError(f"{url}: lebih dari {max_bytes // (1024 * 1024)} MB")
            data = response.read(max_bytes + 1)
            charset = response.headers.get_content_charset()
    except urllib.error.HTTPError as error:
        raise SourceError(f"{url}: server menjawab {error.code}") from None
    except (urllib.error.URLError, TimeoutError, OSError, ValueError) as error:
        reason = getattr(error, "reason", error)
        raise SourceError(f"{url}: tidak bisa diambil ({reason})") from None
    if len(data) > max_bytes:
        raise SourceError(f"{url}: lebih dari {max_bytes // (1024 * 1024)} MB")
    return data, charset, url

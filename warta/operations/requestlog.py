"""Structured logs: one JSON line per request, and every log record as JSON.

Opt-in with ``WARTA_JSON_LOGS=1`` (settings add the middleware and switch the
console handler to ``JsonFormatter``), for journald, Loki or a log shipper:

    {"time": "2026-11-25T23:59:01.123+00:00", "level": "INFO",
     "logger": "warta.requests", "message": "GET /nasional/ 200",
     "method": "GET", "path": "/nasional/", "status": 200, "duration_ms": 12.4,
     "bytes": 48211, "page_cache": "hit"}

No query string, cookie or address is logged: paths only.

Whatever a client sent (a path, a query, a user agent, a referer, a host) may
carry control characters: ``%0a`` in a path forges a second line in a text
log, NUL bytes and ANSI escapes reach the terminal that reads it. Every
formatter here writes them escaped (``\\n``, ``\\x00``, ``\\x1b``...):
``SafeFormatter`` for the text logs (Django's console handler, granian's and
gunicorn's access logs, set up by ``warta serve``), ``JsonFormatter`` in
every string field.
"""

import json
import logging
import re
import time
from datetime import UTC, datetime

log = logging.getLogger("warta.requests")
STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}
# C0 and C1 control characters, DEL, and the Unicode line separators.
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escaped(match):
    char = match.group()
    if char in NAMED:
        return NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escape_controls(text):
    """``text`` on one line, every control character written as an escape."""
    return CONTROL.sub(_escaped, text)


class SafeFormatter(logging.Formatter):
    """A text formatter whose line cannot be split or coloured by its data.
    (A traceback, added after the message, keeps its own lines.)"""

    def formatMessage(self, record):
        return escape_controls(super().formatMessage(record))


class JsonFormatter(logging.Formatter):
    def format(self, record):
        line = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "message": escape_controls(record.getMessage()),
        }
        for key, value in vars(record).items():
            if key not in STANDARD and not key.startswith("_"):
                line[key] = escape_controls(value) if isinstance(value, str) else value
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


class RequestLogMiddleware:
    """Outermost: the duration covers every other middleware, cache hits too."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        duration = (time.perf_counter() - started) * 1000
        content = getattr(response, "content", b"") if not response.streaming else b""
        log.info(
            "%s %s %s",
            request.method,
            request.path,
            response.status_code,
            extra={
                "method": request.method,
                "path": request.path,
                "status": response.status_code,
                "duration_ms": round(duration, 1),
                "bytes": len(content),
                "page_cache": response.get("X-Page-Cache", ""),
            },
        )
        return response

"""Structured logs: one JSON line per request, and every log record as JSON.

Opt-in with ``WARTA_JSON_LOGS=1`` (settings add the middleware and switch the
console handler to ``JsonFormatter``), for journald, Loki or a log shipper:

    {"time": "2026-11-25T23:59:01.123+00:00", "level": "INFO",
     "logger": "warta.requests", "message": "GET /nasional/ 200",
     "method": "GET", "path": "/nasional/", "status": 200, "duration_ms": 12.4,
     "bytes": 48211, "page_cache": "hit"}

No query string, cookie or address is logged: paths only.
"""

import json
import logging
import time
from datetime import UTC, datetime

log = logging.getLogger("warta.requests")
STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    def format(self, record):
        line = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in STANDARD and not key.startswith("_"):
                line[key] = value
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

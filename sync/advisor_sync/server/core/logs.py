"""The server's log: JSON lines on stdout, each request with an id that travels everywhere.

An operator's log shipper (journald, Docker, Loki, ...) reads one JSON object per line. Every
request gets an id, taken from the proxy's ``X-Request-ID`` when it sends a sane one, made here
otherwise; it is in every log line written while the request runs, in the ``X-Request-ID``
response header, in every problem document and in the access log line. A user who quotes the id
from an error lets the administrator find the matching lines.
"""

from __future__ import annotations

import json
import logging
import logging.config
import re
import time
import uuid
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

REQUEST_ID_HEADER = "X-Request-ID"
ACCESS_LOGGER = "advisor_sync.server.access"
_SANE_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")
_STANDARD_ATTRIBUTES = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {
    "message",
    "asctime",
    "taskName",
    "color_message",
}

request_id: ContextVar[str | None] = ContextVar("request_id", default=None)
"""The id of the request being handled (None outside a request)."""


class JsonFormatter(logging.Formatter):
    """One JSON object per record: time, level, logger, message, request id, extra fields, exception."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        current = getattr(record, "request_id", None) or request_id.get()
        if current:
            entry["request_id"] = current
        for key, value in vars(record).items():
            if key not in _STANDARD_ATTRIBUTES and key not in entry and not key.startswith("_"):
                entry[key] = value
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def logging_config(level: str = "INFO") -> dict[str, Any]:
    """A ``dictConfig`` sending every logger (ours, uvicorn's, SQLAlchemy's) to stdout as JSON lines.

    Handed to uvicorn as ``log_config``, so each worker process sets it up the same way. uvicorn's
    own access log has no request id; :class:`RequestLog` writes the access lines instead.
    """
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": f"{__name__}.JsonFormatter"}},
        "handlers": {"stdout": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stdout"}},
        "root": {"handlers": ["stdout"], "level": level},
        "loggers": {
            "uvicorn": {"handlers": [], "propagate": True},
            "uvicorn.error": {"handlers": [], "propagate": True},
            "uvicorn.access": {"handlers": [], "propagate": False, "level": "CRITICAL"},
            "alembic.runtime.plugins": {"level": "WARNING"},
        },
    }


def configure_logging(level: str = "INFO") -> None:
    logging.config.dictConfig(logging_config(level))


def _incoming_id(scope: Scope) -> str | None:
    for key, value in scope.get("headers", ()):
        if key.lower() == b"x-request-id":
            candidate = str(value.decode("latin-1")).strip()
            return candidate if _SANE_ID.fullmatch(candidate) else None
    return None


class RequestLog:
    """Outermost middleware: gives the request its id, names it in the response, writes the access line."""

    def __init__(self, app: ASGIApp, access_log: bool = True) -> None:
        self.app = app
        self.access_log = access_log
        self.log = logging.getLogger(ACCESS_LOGGER)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        # Each request runs in its own task, so the id is this request's alone (and stays set for the
        # error handler that Starlette runs outside every middleware).
        current = _incoming_id(scope) or uuid.uuid4().hex
        request_id.set(current)
        started = time.perf_counter()
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
                message["headers"] = [*message.get("headers", []), (b"x-request-id", current.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            if self.access_log:
                client = scope.get("client")
                self.log.info(
                    "%s %s %d",
                    scope["method"],
                    scope["path"],
                    status,
                    extra={
                        "method": scope["method"],
                        "path": scope["path"],
                        "status": status,
                        "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                        "client": client[0] if client else None,
                    },
                )

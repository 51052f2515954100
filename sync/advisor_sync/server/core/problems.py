"""Problem responses (RFC 7807) and the middleware that guards every request.

The version check and the body limit run as plain ASGI middleware, before any
routing, so a client speaking another protocol version learns so in plain
words whatever endpoint it called. Every problem names the request's id
(``request_id``, as in the log and the ``X-Request-ID`` header), and
:func:`problem_responses` declares these bodies in the OpenAPI document.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from advisor_app.domain.text import Text

from ...protocol import API_PREFIX, PROBLEM_TYPE_PREFIX, PROTOCOL_VERSION, VERSION_HEADER, Problem, ProblemCode
from .errors import ApiError
from .language import pick_language
from .logs import request_id

log = logging.getLogger("advisor_sync.server")

PROTOCOL_MIN = 1
"""An app of protocol 1 is still served: it sends no ``touched`` and ignores ``edited`` (docs/sync-protocol.md)."""
PROTOCOL_MAX = PROTOCOL_VERSION
MEDIA_TYPE = "application/problem+json"
TITLES = {
    400: "Bad request",
    401: "Not authenticated",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    409: "Conflict",
    413: "Payload too large",
    422: "Invalid request",
    429: "Too many requests",
    500: "Internal server error",
    503: "Service unavailable",
}
DESCRIPTIONS = {
    400: "The protocol version header is missing or not spoken here, or the body is not JSON",
    401: "No device token, or one the server does not know, revoked or expired; log in again",
    403: "The account is disabled or its role does not allow this",
    404: "No such record, file, user or device",
    409: "It exists already (a user name, an assignment, a batch id with other changes)",
    413: "The body is larger than the server accepts (BASISSCAN_SERVER_MAX_BODY_MB, _MAX_UPLOAD_MB)",
    422: "A field is missing or invalid (listed in errors), or a file does not match its hash",
    429: "Too many failed logins; Retry-After says when to try again",
    500: "A fault on the server; the request id finds it in the log",
    503: "The server is up but cannot serve yet (database unreachable or schema not current)",
}


class ProblemDocument(Problem):
    """The body of every refusal (``application/problem+json``, RFC 7807)."""

    request_id: str | None = None
    """The id in the server's log and the ``X-Request-ID`` header; quote it to the administrator."""


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` for these statuses, each an RFC 7807 problem document."""
    return {
        status: {
            "model": ProblemDocument,
            "description": DESCRIPTIONS[status],
            "content": {MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/ProblemDocument"}}},
        }
        for status in statuses
    }


def problem(status: int, code: str, detail: str, *, headers: dict[str, str] | None = None, **extra: Any) -> JSONResponse:
    body = {
        "type": PROBLEM_TYPE_PREFIX + code,
        "title": TITLES.get(status, "Error"),
        "status": status,
        "detail": detail,
        "code": code,
        **{key: value for key, value in extra.items() if value is not None},
    }
    current = request_id.get()
    if current:
        body["request_id"] = current
    return JSONResponse(body, status_code=status, media_type=MEDIA_TYPE, headers=headers)


def _language(request: Request) -> str:
    return pick_language(request.headers.get("accept-language"))


async def _api_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return problem(exc.status, exc.code, exc.in_language(_language(request)), headers=exc.headers, **exc.extra)


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    language = _language(request)
    errors = []
    for error in exc.errors():
        if error.get("type") == "json_invalid":
            errors.append({"field": "body", "reason": _NOT_JSON.get(language)})
            continue
        where = ".".join(str(part) for part in error.get("loc", ()) if part != "body") or "body"
        errors.append({"field": where, "reason": str(error.get("msg"))})
    first = errors[0] if errors else {"field": "body", "reason": "invalid"}
    text = Text(
        f"Het verzoek is ongeldig: {first['field']}: {first['reason']}",
        f"The request is not valid: {first['field']}: {first['reason']}",
    )
    return problem(422, ProblemCode.INVALID_REQUEST, text.get(language), errors=errors[:20])


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    language = _language(request)
    if exc.status_code == 404:
        text = Text(f"{request.url.path} bestaat niet op deze server", f"{request.url.path} does not exist on this server")
        return problem(404, ProblemCode.NOT_FOUND, text.get(language))
    if exc.status_code == 405:
        text = Text(
            f"{request.method} is hier niet toegestaan op {request.url.path}",
            f"{request.method} is not allowed on {request.url.path}",
        )
        return problem(405, ProblemCode.METHOD_NOT_ALLOWED, text.get(language), headers=dict(exc.headers or {}))
    if exc.status_code == 413:
        return problem(413, ProblemCode.PAYLOAD_TOO_LARGE, _too_large(language))
    if exc.status_code == 400:
        return problem(400, ProblemCode.INVALID_REQUEST, _NOT_JSON.get(language))
    return problem(exc.status_code, ProblemCode.INVALID_REQUEST, str(exc.detail), headers=dict(exc.headers or {}))


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error on %s %s", request.method, request.url.path)
    text = Text(
        "Er ging iets mis op de server; de fout is vastgelegd voor de beheerder. Probeer het later opnieuw.",
        "Something went wrong on the server; the error was logged for the administrator. Please try again later.",
    )
    return problem(500, ProblemCode.INTERNAL_ERROR, text.get(_language(request)))


_NOT_JSON = Text("De inhoud van het verzoek is geen geldige JSON", "The request body is not valid JSON")


def install_problem_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)


def _too_large(language: str) -> str:
    return Text("Het verzoek is te groot voor deze server", "The request is too large for this server").get(language)


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key.lower() == name:
            return str(value.decode("latin-1"))
    return None


def version_problem(raw: str | None, language: str) -> JSONResponse | None:
    """The problem to answer when the client's protocol version is missing or not spoken here."""
    if raw is None:
        text = Text(
            f"Het verzoek vermeldt geen protocolversie (kopregel {VERSION_HEADER}); gebruik de Basisscan-app of zie /api/v1/docs",
            f"The request does not state a protocol version (header {VERSION_HEADER}); use the Basisscan app or see /api/v1/docs",
        )
        return problem(400, ProblemCode.PROTOCOL_MISSING, text.get(language), server_min=PROTOCOL_MIN, server_max=PROTOCOL_MAX)
    try:
        version = int(raw.strip())
    except ValueError:
        version = -1
    if PROTOCOL_MIN <= version <= PROTOCOL_MAX:
        return None
    spoken = f"{PROTOCOL_MIN}-{PROTOCOL_MAX}"
    client = raw.strip()[:20]
    if version > PROTOCOL_MAX:
        text = Text(
            f"Deze server is te oud voor je app: de app spreekt protocol {client}, de server {spoken}. "
            "Vraag de beheerder de server bij te werken.",
            f"This server is too old for your app: the app speaks protocol {client}, the server {spoken}. "
            "Ask the administrator to update the server.",
        )
    else:
        text = Text(
            f"Je app is te oud voor deze server: de app spreekt protocol {client}, de server {spoken}. "
            "Installeer de nieuwste versie van Basisscan.",
            f"Your app is too old for this server: the app speaks protocol {client}, the server {spoken}. "
            "Install the newest version of Basisscan.",
        )
    return problem(400, ProblemCode.PROTOCOL_MISMATCH, text.get(language), server_min=PROTOCOL_MIN, server_max=PROTOCOL_MAX)


class ProtocolGuard:
    """Checks the protocol version header on every API request and names the server's version on every response."""

    def __init__(self, app: ASGIApp, exempt: Iterable[str]) -> None:
        self.app = app
        self.exempt = frozenset(exempt)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_version(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), (VERSION_HEADER.lower().encode(), str(PROTOCOL_MAX).encode())]
            await send(message)

        path: str = scope["path"]
        if path.startswith(API_PREFIX) and path not in self.exempt:
            refusal = version_problem(
                _header(scope, VERSION_HEADER.lower().encode()), pick_language(_header(scope, b"accept-language"))
            )
            if refusal is not None:
                await refusal(scope, receive, send_with_version)
                return
        await self.app(scope, receive, send_with_version)


class BodyLimit:
    """Refuses bodies above ``limit`` bytes, whether or not the client announced the length."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = _header(scope, b"content-length")
        if length is not None and (not length.strip().isdigit() or int(length) > self.limit):
            status = 413 if length.strip().isdigit() else 400
            language = pick_language(_header(scope, b"accept-language"))
            detail = _too_large(language) if status == 413 else "Content-Length is not a number"
            await problem(status, ProblemCode.PAYLOAD_TOO_LARGE if status == 413 else ProblemCode.INVALID_REQUEST, detail)(
                scope, receive, send
            )
            return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise StarletteHTTPException(413)
            return message

        await self.app(scope, counted, send)

"""What a server's refusal means for the advisor: each problem answer as the matching ``SyncError``.

Its own module because it is the client's dictionary of the server's problem codes (and of answers that
do not fit this app), in the app's own words, Dutch first; :mod:`.http` decides when a request has
failed and whether to ask again, and turns to these functions only for what to say.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import requests
from pydantic import ValidationError as ShapeError

from advisor_app.domain import shape
from advisor_app.domain.text import Text

from ..protocol import PROTOCOL_VERSION, VERSION_HEADER, ProblemCode
from .errors import (
    AccessDeniedError,
    DeviceTokenRevokedError,
    LoginRateLimitedError,
    ProtocolMismatchError,
    RequestRefusedError,
    ServerError,
    SyncError,
    WrongPasswordError,
)


def unfitting_answer(server_url: str, exc: ShapeError) -> ServerError:
    """A whole answer that does not fit this app's protocol, refused before anything of it is applied.

    Asking again would get the same answer, so it is not retried. The first fault is named the way a
    refused record is (:mod:`advisor_app.domain.shape`), a record's field as ``entity.field``: a record
    the server sent with a field of the wrong type, or one this app does not know (a newer server's
    record, which this app must not store without it, see docs/sync-protocol.md, "Evolving the protocol").
    """
    first = exc.errors(include_url=False)[0]
    place = first["loc"]
    if "data" in place[1:]:
        at = place.index("data")
        first = {**first, "loc": (place[at - 1], *place[at + 1 :])}  # the entity names the record's kind
    line = shape.lines([first])[0]
    return ServerError(
        Text(
            f"Het antwoord van {server_url} past niet bij deze versie van de app ({line.nl}); er is niets "
            "veranderd. Werk de app bij, of meld het aan de beheerder van de server.",
            f"The answer from {server_url} does not fit this version of the app ({line.en}); nothing was "
            "changed. Update the app, or tell the server's administrator.",
        )
    )


def problem_error(response: requests.Response) -> SyncError:
    """The ``SyncError`` a refused request stands for, in the app's own words where it knows the case."""
    try:
        body = response.json()
    except ValueError:
        body = None
    if not isinstance(body, dict) or "code" not in body:
        if VERSION_HEADER.lower() not in {key.lower() for key in response.headers}:
            return RequestRefusedError(
                Text(
                    f"{response.url} geeft HTTP {response.status_code} en lijkt geen Basisscan-server; "
                    "controleer het serveradres",
                    f"{response.url} answers HTTP {response.status_code} and does not look like a Basisscan server; "
                    "check the server address",
                )
            )
        body = {"code": "", "detail": f"HTTP {response.status_code}"}
    code = str(body.get("code", ""))
    detail = str(body.get("detail", ""))
    if code == ProblemCode.WRONG_PASSWORD:
        return WrongPasswordError(
            Text("De gebruikersnaam of het wachtwoord klopt niet", "The username or password is not correct")
        )
    if code == ProblemCode.TOO_MANY_ATTEMPTS:
        wait = int(retry_after_seconds(response) or 60)
        minutes = max(1, (wait + 59) // 60)
        return LoginRateLimitedError(
            Text(
                f"Te veel mislukte pogingen om in te loggen; probeer het over {minutes} minuten opnieuw",
                f"Too many failed login attempts; try again in {minutes} minutes",
            ),
            wait,
        )
    if code in (ProblemCode.TOKEN_REVOKED, ProblemCode.TOKEN_EXPIRED, ProblemCode.TOKEN_UNKNOWN, ProblemCode.TOKEN_MISSING):
        return token_error(code)
    if code in (ProblemCode.PROTOCOL_MISMATCH, ProblemCode.PROTOCOL_MISSING):
        return protocol_error(body)
    if code in (ProblemCode.FORBIDDEN, ProblemCode.ACCOUNT_DISABLED):
        return AccessDeniedError(Text(detail, detail))
    if response.status_code >= 500 or response.status_code == 429:
        return ServerError(
            Text(
                f"De server had een probleem (HTTP {response.status_code}); probeer het later opnieuw. "
                "Je wijzigingen blijven bewaard.",
                f"The server had a problem (HTTP {response.status_code}); please try again later. Your changes are kept.",
            )
        )
    return RequestRefusedError(Text(detail, detail))


def token_error(code: str) -> DeviceTokenRevokedError:
    if code == ProblemCode.TOKEN_EXPIRED:
        return DeviceTokenRevokedError(
            Text(
                "De toegang van dit apparaat is verlopen omdat het lang niet is gebruikt; log opnieuw in met je wachtwoord",
                "This device's access expired because it was not used for a long time; log in again with your password",
            ),
            "expired",
        )
    if code == ProblemCode.TOKEN_REVOKED:
        return DeviceTokenRevokedError(
            Text(
                "De toegang van dit apparaat is ingetrokken door de beheerder; log opnieuw in met je wachtwoord",
                "This device's access was revoked by the administrator; log in again with your password",
            ),
            "revoked",
        )
    return DeviceTokenRevokedError(
        Text(
            "De server kent dit apparaat niet (meer); log opnieuw in met je wachtwoord",
            "The server does not know this device (any more); log in again with your password",
        ),
        "unknown",
    )


def protocol_error(body: Mapping[str, Any]) -> ProtocolMismatchError:
    server_max = body.get("server_max")
    server_too_old = isinstance(server_max, int) and server_max < PROTOCOL_VERSION
    if server_too_old:
        return ProtocolMismatchError(
            Text(
                f"De server is te oud voor deze app (server: protocol {server_max}, app: {PROTOCOL_VERSION}); "
                "vraag de beheerder de server bij te werken",
                f"The server is too old for this app (server: protocol {server_max}, app: {PROTOCOL_VERSION}); "
                "ask the administrator to update the server",
            ),
            server_too_old=True,
        )
    return ProtocolMismatchError(
        Text(
            f"Deze app is te oud voor de server (app: protocol {PROTOCOL_VERSION}, server: {server_max}); "
            "installeer de nieuwste versie van Basisscan",
            f"This app is too old for the server (app: protocol {PROTOCOL_VERSION}, server: {server_max}); "
            "install the newest version of Basisscan",
        ),
        server_too_old=False,
    )


def retry_after_seconds(response: requests.Response) -> float | None:
    raw = response.headers.get("Retry-After", "").strip()
    try:
        return max(0.0, float(raw)) if raw else None
    except ValueError:
        return None

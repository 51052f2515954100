"""All routes under ``/api/v1``; all but ``info`` declare the protocol version header.

Each group also declares the problem documents (RFC 7807) its routes can answer with, so the
OpenAPI document tells a client author every refusal and its body.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Header

from ...protocol import PROTOCOL_VERSION, VERSION_HEADER
from ..core.problems import problem_responses
from .routes import admin, auth, files, gdpr, info, monitoring, questionnaires, sync

EVERY_REQUEST = (400, 413, 422, 500)
"""Protocol header or JSON wrong, body too large, a field invalid, a fault on the server."""
WITH_TOKEN = (401, 403)
REFUSALS = {
    auth: (*WITH_TOKEN, 429),
    sync: (*WITH_TOKEN, 409),
    files: (*WITH_TOKEN, 404),
    monitoring: WITH_TOKEN,
    admin: (*WITH_TOKEN, 404, 409),
    questionnaires: (*WITH_TOKEN, 404, 409),
    gdpr: (*WITH_TOKEN, 404),
}


def protocol_version(
    version: Annotated[
        str, Header(alias=VERSION_HEADER, description=f"The protocol version the client speaks ({PROTOCOL_VERSION})")
    ] = str(PROTOCOL_VERSION),
) -> None:
    """Documents the header; ``core.problems.ProtocolGuard`` checks it before routing."""


api_router = APIRouter()
api_router.include_router(info.router, responses=problem_responses(422, 500, 503))
for module, refusals in REFUSALS.items():
    api_router.include_router(
        module.router, dependencies=[Depends(protocol_version)], responses=problem_responses(*EVERY_REQUEST, *refusals)
    )

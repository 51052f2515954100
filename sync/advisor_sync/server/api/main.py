"""All routes under ``/api/v1``; all but ``info`` declare the protocol version header."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Header

from ...protocol import PROTOCOL_VERSION, VERSION_HEADER
from .routes import admin, auth, files, info, monitoring, sync


def protocol_version(
    version: Annotated[
        str, Header(alias=VERSION_HEADER, description=f"The protocol version the client speaks ({PROTOCOL_VERSION})")
    ] = str(PROTOCOL_VERSION),
) -> None:
    """Documents the header; ``core.problems.ProtocolGuard`` checks it before routing."""


api_router = APIRouter()
api_router.include_router(info.router)
for module in (auth, sync, files, monitoring, admin):
    api_router.include_router(module.router, dependencies=[Depends(protocol_version)])

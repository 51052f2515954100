"""What the server speaks, and whether it is up (both need no token and no version header)."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import text

from advisor_app import __version__

from ....protocol.messages import ServerInfo
from ...core.problems import PROTOCOL_MAX, PROTOCOL_MIN
from ..deps import SessionDep

router = APIRouter(tags=["info"])


@router.get("/info", response_model=ServerInfo)
def info() -> ServerInfo:
    return ServerInfo(name="Basisscan", protocol_min=PROTOCOL_MIN, protocol_max=PROTOCOL_MAX, server_version=__version__)


@router.get("/health")
def health(session: SessionDep) -> dict[str, str]:
    """For load balancers: answers only when the database does."""
    session.execute(text("SELECT 1"))
    session.rollback()
    return {"status": "ok"}

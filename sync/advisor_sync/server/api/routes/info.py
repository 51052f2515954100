"""What the server speaks, and whether it is up and ready (none needs a token or the version header).

``/health`` is the liveness probe: the process answers and reaches its database. ``/ready`` is the
readiness probe for a load balancer: the database answers *and* its schema is the one this release
expects, so a host that was upgraded before ``advisor-server migrate`` ran takes no traffic.
"""

from __future__ import annotations

from functools import cache

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from advisor_app import __version__
from advisor_app.domain.text import Text

from ....protocol import ProblemCode
from ....protocol.messages import Response, ServerInfo
from ...core.db import current_revision, head_revision
from ...core.problems import PROTOCOL_MAX, PROTOCOL_MIN, problem
from ..deps import LanguageDep, SessionDep, StateDep

router = APIRouter(tags=["info"])


class Health(Response):
    status: str


class Readiness(Response):
    status: str
    schema_revision: str
    """The database's Alembic revision, equal to what this release expects."""


@cache
def expected_revision() -> str:
    return head_revision()


@router.get("/info", response_model=ServerInfo)
def info() -> ServerInfo:
    return ServerInfo(name="Basisscan", protocol_min=PROTOCOL_MIN, protocol_max=PROTOCOL_MAX, server_version=__version__)


@router.get("/health", response_model=Health)
def health(session: SessionDep) -> Health:
    """Liveness: answers only when the database does."""
    session.execute(text("SELECT 1"))
    session.rollback()
    return Health(status="ok")


@router.get("/ready", response_model=Readiness)
def ready(state: StateDep, language: LanguageDep) -> Readiness | JSONResponse:
    """Readiness: the database answers and its schema is current; 503 otherwise."""
    expected = expected_revision()
    try:
        current = current_revision(state.engine)
    except SQLAlchemyError:
        detail = Text("De database is niet bereikbaar", "The database cannot be reached")
        return problem(503, ProblemCode.NOT_READY, detail.get(language), headers={"Retry-After": "10"})
    if current != expected:
        detail = Text(
            f"Het databaseschema is {current or 'leeg'}, deze server verwacht {expected}; voer 'advisor-server migrate' uit",
            f"The database schema is {current or 'empty'}, this server expects {expected}; run 'advisor-server migrate'",
        )
        return problem(503, ProblemCode.NOT_READY, detail.get(language), headers={"Retry-After": "10"})
    return Readiness(status="ready", schema_revision=current)

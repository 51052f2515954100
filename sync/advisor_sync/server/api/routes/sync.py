"""Push and pull: the two halves of a sync."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from ....protocol.messages import DEFAULT_PAGE, MAX_PAGE, PullResponse, PushRequest, PushResponse
from ....protocol.types import VERSION_MAX
from ...services import pull as pulling
from ...services import push as pushing
from ...services.versions import run_origin
from ..deps import CallerDep, LanguageDep, StateDep

router = APIRouter(prefix="/sync", tags=["sync"])


@router.post("/push", response_model=PushResponse)
def push(
    body: PushRequest,
    caller: CallerDep,
    state: StateDep,
    language: LanguageDep,
    origin: Annotated[uuid.UUID | None, Query()] = None,
) -> PushResponse:
    """Each change is accepted (with its new version), a conflict (with the server's copy) or rejected (with the reason).

    Replaying a batch id returns the first answer and changes nothing. ``origin`` is a random id the device makes
    for one sync: its pull with the same ``origin`` leaves out what these pushes wrote.
    """
    own_run = None if origin is None else run_origin(caller.device.id, origin)
    return pushing.push(
        state.sessions, caller, body, state.questionnaires, language, origin=own_run, timing=state.settings.push_timing
    )


@router.get("/pull", response_model=PullResponse)
def pull(
    caller: CallerDep,
    state: StateDep,
    cursor: Annotated[int, Query(ge=0, le=VERSION_MAX)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = DEFAULT_PAGE,
    origin: Annotated[uuid.UUID | None, Query()] = None,
) -> PullResponse:
    """Changes visible to the caller since ``cursor``, oldest first; the last page carries the benchmarks.

    With ``origin`` (the id the device's pushes of this sync named) what those pushes wrote is left out.
    """
    own_run = None if origin is None else run_origin(caller.device.id, origin)
    with state.sessions() as session, session.begin():
        return pulling.pull(session, caller.user, cursor, limit, state.questionnaires, origin=own_run)

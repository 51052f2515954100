"""Push and pull: the two halves of a sync."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ....protocol.messages import DEFAULT_PAGE, MAX_PAGE, PullResponse, PushRequest, PushResponse
from ....protocol.types import VERSION_MAX
from ...services import pull as pulling
from ...services import push as pushing
from ..deps import CallerDep, LanguageDep, StateDep

router = APIRouter(prefix="/sync", tags=["sync"])


@router.post("/push", response_model=PushResponse)
def push(body: PushRequest, caller: CallerDep, state: StateDep, language: LanguageDep) -> PushResponse:
    """Each change is accepted (with its new version), a conflict (with the server's copy) or rejected (with the reason).

    Replaying a batch id returns the first answer and changes nothing.
    """
    return pushing.push(state.sessions, caller, body, state.questionnaires, language, timing=state.settings.push_timing)


@router.get("/pull", response_model=PullResponse)
def pull(
    caller: CallerDep,
    state: StateDep,
    cursor: Annotated[int, Query(ge=0, le=VERSION_MAX)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = DEFAULT_PAGE,
) -> PullResponse:
    """Changes visible to the caller since ``cursor``, oldest first; the last page carries the benchmarks."""
    with state.sessions() as session, session.begin():
        return pulling.pull(session, caller.user, cursor, limit, state.questionnaires)

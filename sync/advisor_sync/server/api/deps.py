"""What routes depend on: the server state, a database session, the caller and their language."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Annotated

from fastapi import Depends, Header, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from advisor_app.dbkit.types import utcnow
from advisor_app.domain.text import Text

from ...protocol import ProblemCode
from ..core.config import Settings
from ..core.errors import AccountDisabledError, ForbiddenError, NotAuthenticatedError
from ..core.language import pick_language
from ..crud.devices import device_for_token, touch
from ..services.push import Caller
from ..services.questionnaires import QuestionnaireRegistry


@dataclass(frozen=True)
class ServerState:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    questionnaires: QuestionnaireRegistry
    """The shipped versions and those published since, read from the database (``services.questionnaires``)."""


def server_state(request: Request) -> ServerState:
    state: ServerState = request.app.state.server
    return state


StateDep = Annotated[ServerState, Depends(server_state)]


def language(accept_language: Annotated[str | None, Header()] = None) -> str:
    return pick_language(accept_language)


LanguageDep = Annotated[str, Depends(language)]


def database(state: StateDep) -> Iterator[Session]:
    with state.sessions() as session:
        yield session


SessionDep = Annotated[Session, Depends(database)]

_bearer = HTTPBearer(auto_error=False, description="The device token from POST /api/v1/auth/login")


def current_caller(state: StateDep, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> Caller:
    if credentials is None or not credentials.credentials:
        raise NotAuthenticatedError(
            ProblemCode.TOKEN_MISSING,
            Text("Log eerst in: het verzoek heeft geen apparaattoken", "Log in first: the request carries no device token"),
        )
    idle = timedelta(days=state.settings.token_idle_days)
    with state.sessions() as session, session.begin():
        found = device_for_token(session, credentials.credentials)
        if found is None:
            raise NotAuthenticatedError(
                ProblemCode.TOKEN_UNKNOWN,
                Text(
                    "De server kent dit apparaat niet (meer); log opnieuw in met je wachtwoord",
                    "The server does not know this device (any more); log in again with your password",
                ),
            )
        device, user = found
        now = utcnow()
        if device.revoked_at is not None:
            raise NotAuthenticatedError(
                ProblemCode.TOKEN_REVOKED,
                Text(
                    "De toegang van dit apparaat is ingetrokken; log opnieuw in met je wachtwoord",
                    "This device's access was revoked; log in again with your password",
                ),
            )
        if device.expires_at <= now:
            days = state.settings.token_idle_days
            raise NotAuthenticatedError(
                ProblemCode.TOKEN_EXPIRED,
                Text(
                    f"De toegang van dit apparaat is verlopen na {days} dagen zonder gebruik; log opnieuw in met je wachtwoord",
                    f"This device's access expired after {days} days without use; log in again with your password",
                ),
            )
        if not user.active:
            raise AccountDisabledError(Text("Dit account is uitgeschakeld", "This account is disabled"))
        touch(device, now, idle)
        return Caller(user=user, device=device)


CallerDep = Annotated[Caller, Depends(current_caller)]


def require_role(*roles: str) -> Callable[[Caller], Caller]:
    def check(caller: CallerDep) -> Caller:
        if caller.user.role not in roles:
            raise ForbiddenError(
                Text(
                    f"Dit vraagt de rol {' of '.join(roles)}; je rol is {caller.user.role}",
                    f"This needs the role {' or '.join(roles)}; your role is {caller.user.role}",
                )
            )
        return caller

    return check


CoordinatorDep = Annotated[Caller, Depends(require_role("coordinator", "admin"))]
AdminDep = Annotated[Caller, Depends(require_role("admin"))]

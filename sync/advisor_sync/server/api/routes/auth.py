"""Devices, not passwords: a login trades username and password for a revocable device token."""

from __future__ import annotations

from datetime import timedelta

from fastapi import APIRouter, Request

from advisor_app.dbkit.types import utcnow
from advisor_app.domain.text import Text

from ....protocol import ProblemCode
from ....protocol.messages import LoginRequest, LoginResponse, UserInfo, WhoAmI
from ...core.errors import AccountDisabledError, NotAuthenticatedError, TooManyAttemptsError
from ...core.security import hash_password, limited_password_check, needs_rehash
from ...crud.audit import audit
from ...crud.devices import create_device, revoke
from ...crud.users import find_user, normalise_username
from ...models import User
from ..deps import CallerDep, StateDep

router = APIRouter(prefix="/auth", tags=["devices"])


def user_info(user: User) -> UserInfo:
    return UserInfo(username=user.username, display_name=user.display_name, role=user.role)  # type: ignore[arg-type]


@router.post("/login", response_model=LoginResponse)
def login(body: LoginRequest, request: Request, state: StateDep) -> LoginResponse:
    username = normalise_username(body.username)
    remote = (request.client.host if request.client else "")[:64]
    settings = state.settings
    now = utcnow()
    checked = limited_password_check(
        state.sessions,
        username=username,
        password=body.password,
        remote=remote,
        now=now,
        max_failures=settings.login_max_failures,
        window=timedelta(minutes=settings.login_window_minutes),
    )
    if checked.wait:
        minutes = max(1, (checked.wait + 59) // 60)
        raise TooManyAttemptsError(
            Text(
                f"Te veel mislukte pogingen om in te loggen; probeer het over {minutes} minuten opnieuw",
                f"Too many failed login attempts; try again in {minutes} minutes",
            ),
            headers={"Retry-After": str(checked.wait)},
            retry_after=checked.wait,
        )
    with state.sessions() as session, session.begin():
        user = find_user(session, username)
        if not checked.succeeded or user is None:
            audit(session, "login.failed", user_id=user.id if user else None, username=username, remote=remote)
            failure: NotAuthenticatedError | AccountDisabledError | None = NotAuthenticatedError(
                ProblemCode.WRONG_PASSWORD,
                Text("De gebruikersnaam of het wachtwoord klopt niet", "The username or password is not correct"),
            )
        elif not user.active:
            failure = AccountDisabledError(Text("Dit account is uitgeschakeld", "This account is disabled"))
        else:
            failure = None
            if needs_rehash(user.password_hash):
                user.password_hash = hash_password(body.password)
            device, token = create_device(session, user, body.device_name, now, timedelta(days=settings.token_idle_days))
            audit(session, "login", user_id=user.id, device_id=device.id, remote=remote, device_name=device.name)
            response = LoginResponse(token=token, device_id=device.id, expires_at=device.expires_at, user=user_info(user))
    if failure is not None:
        raise failure
    return response


@router.get("/me", response_model=WhoAmI)
def who_am_i(caller: CallerDep) -> WhoAmI:
    return WhoAmI(user=user_info(caller.user), device_id=caller.device.id, expires_at=caller.device.expires_at)


@router.post("/logout", status_code=204)
def logout(caller: CallerDep, state: StateDep) -> None:
    """Revoke this device's token (the app forgets it too)."""
    with state.sessions() as session, session.begin():
        revoke(session, caller.device.id, utcnow(), by=caller.user.id)

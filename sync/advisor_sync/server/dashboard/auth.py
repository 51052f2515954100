"""Log-in, log-out and the language switch of the dashboard."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from advisor_app.dbkit.types import utcnow
from advisor_app.domain.text import LANGUAGES

from ..api.deps import StateDep
from ..crud.audit import audit
from . import sessions
from .access import LANGUAGE_COOKIE, FormViewerDep, LanguageDep, refuse, remote_of, safe_next
from .login import authenticate
from .render import render

router = APIRouter()


def _secure(request: Request) -> bool:
    """Secure cookies behind TLS (the proxy's X-Forwarded-Proto reaches us through uvicorn's proxy headers)."""
    return request.url.scheme == "https"


def _login_form(
    request: Request, language: str, *, error: str = "", status: int = 200, next_page: str = "", **values: object
) -> Response:
    token = sessions.new_token()
    response = render(
        request, "login.html", language, status_code=status, csrf_token=token, error=error, values=values, next_page=next_page
    )
    response.set_cookie(
        sessions.LOGIN_COOKIE, token, path=sessions.COOKIE_PATH, httponly=True, secure=_secure(request), samesite="lax"
    )
    return response


@router.get("/login")
def login_page(request: Request, state: StateDep, language: LanguageDep, next: str = "") -> Response:
    """The form; someone already logged in goes straight on to where they were going."""
    with state.sessions() as session, session.begin():
        found = sessions.find(session, request.cookies.get(sessions.COOKIE), utcnow())
    if found is not None and found.user.role in sessions.DASHBOARD_ROLES:
        return RedirectResponse(safe_next(next), status_code=303)
    return _login_form(request, language, next_page=safe_next(next))


@router.post("/login")
def log_in(
    *,
    request: Request,
    state: StateDep,
    language: LanguageDep,
    username: Annotated[str, Form(max_length=100)] = "",
    password: Annotated[str, Form(max_length=1024)] = "",
    csrf_token: Annotated[str, Form(max_length=100)] = "",
    next: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    if not sessions.tokens_match(csrf_token, request.cookies.get(sessions.LOGIN_COOKIE)):
        return refuse(request, language, "form_expired", 403)
    remote = remote_of(request)
    now = utcnow()
    outcome = authenticate(state.sessions, state.settings, username=username, password=password, remote=remote, now=now)
    user = outcome.user
    if user is not None and user.role in sessions.DASHBOARD_ROLES:
        with state.sessions() as session, session.begin():
            token = sessions.start(session, user, remote, now)
            audit(session, "dashboard.login", user_id=user.id, remote=remote)
    if user is None:
        minutes = max(1, (outcome.wait + 59) // 60)
        status = 429 if outcome.wait else 401 if outcome.refusal == "wrong_password" else 403
        response = _login_form(
            request, language, error=outcome.refusal, status=status, next_page=safe_next(next), minutes=minutes
        )
        if outcome.wait:
            response.headers["Retry-After"] = str(outcome.wait)
        return response
    if user.role not in sessions.DASHBOARD_ROLES:
        return refuse(request, language, "no_access", 403, role=user.role)
    response = RedirectResponse(safe_next(next), status_code=303)
    response.set_cookie(
        sessions.COOKIE,
        token,
        max_age=int(sessions.LIFETIME.total_seconds()),
        path=sessions.COOKIE_PATH,
        httponly=True,
        secure=_secure(request),
        samesite="lax",
    )
    response.delete_cookie(sessions.LOGIN_COOKIE, path=sessions.COOKIE_PATH)
    return response


@router.post("/logout")
def log_out(request: Request, state: StateDep, viewer: FormViewerDep) -> Response:
    with state.sessions() as session, session.begin():
        sessions.end(session, viewer.token_hash)
        audit(session, "dashboard.logout", user_id=viewer.user.id, remote=remote_of(request))
    response = RedirectResponse("/dashboard/login?bye=1", status_code=303)
    response.delete_cookie(sessions.COOKIE, path=sessions.COOKIE_PATH, httponly=True, secure=_secure(request), samesite="lax")
    return response


@router.get("/language/{code}")
def switch_language(request: Request, code: str, next: str = "") -> Response:
    """A preference, not a change to data: a plain link, remembered for a year."""
    response = RedirectResponse(safe_next(next), status_code=303)
    if code in LANGUAGES:
        response.set_cookie(LANGUAGE_COOKIE, code, max_age=365 * 24 * 3600, path=sessions.COOKIE_PATH, samesite="lax")
    return response

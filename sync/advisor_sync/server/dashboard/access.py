"""Who is looking: the session behind the cookie, its language, and the checks every page makes.

A page depends on ``ViewerDep``: no live session sends the browser to the
log-in form; an account without a dashboard role gets a plain "no access"
page (403). A form that changes something also depends on ``checked_form``,
which refuses a post whose CSRF token is missing or not this session's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated
from urllib.parse import quote

from fastapi import Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from advisor_app.dbkit.types import utcnow
from advisor_app.domain.text import LANGUAGES

from ..api.deps import StateDep
from ..core.language import pick_language
from ..models import User
from . import sessions
from .render import render

LANGUAGE_COOKIE = "basisscan_language"


@dataclass(frozen=True)
class Viewer:
    user: User
    token_hash: str
    csrf_token: str
    language: str


class PageRefusal(Exception):  # noqa: N818 - a response, not an error condition of the server
    """Raised by a dependency; the handler in ``install`` turns it into the response it carries."""

    def __init__(self, response: Response) -> None:
        super().__init__(response.status_code)
        self.response = response


def language_of(request: Request) -> str:
    """The language the viewer chose with the switch, else the browser's, else Dutch."""
    chosen = request.cookies.get(LANGUAGE_COOKIE, "")
    return chosen if chosen in LANGUAGES else pick_language(request.headers.get("accept-language"))


LanguageDep = Annotated[str, Depends(language_of)]


def remote_of(request: Request) -> str:
    return (request.client.host if request.client else "")[:64]


def refuse(request: Request, language: str, key: str, status: int, **values: object) -> HTMLResponse:
    title = {"no_access": "no_access_title", "form_expired": "form_expired_title", "not_found": "not_found_title"}[key]
    return render(request, "message.html", language, status_code=status, title_key=title, message_key=key, values=values)


def current_viewer(request: Request, state: StateDep, language: LanguageDep) -> Viewer:
    with state.sessions() as session, session.begin():
        found = sessions.find(session, request.cookies.get(sessions.COOKIE), utcnow())
    if found is None:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise PageRefusal(RedirectResponse(f"/dashboard/login?next={quote(target)}", status_code=303))
    if found.user.role not in sessions.DASHBOARD_ROLES:
        raise PageRefusal(refuse(request, language, "no_access", 403, role=found.user.role))
    return Viewer(found.user, found.token_hash, found.csrf_token, language)


ViewerDep = Annotated[Viewer, Depends(current_viewer)]


def checked_form(request: Request, viewer: ViewerDep, csrf_token: Annotated[str, Form()] = "") -> Viewer:
    """The viewer of a form post that carries this session's CSRF token; anything else is refused (403)."""
    if not sessions.tokens_match(csrf_token, viewer.csrf_token):
        raise PageRefusal(refuse(request, viewer.language, "form_expired", 403))
    return viewer


FormViewerDep = Annotated[Viewer, Depends(checked_form)]


def safe_next(target: str | None) -> str:
    """Only a path on the dashboard itself: a log-in link must not send anyone to another site."""
    if target and target.startswith("/dashboard") and not target.startswith("//") and "\\" not in target:
        return target
    return "/dashboard/"

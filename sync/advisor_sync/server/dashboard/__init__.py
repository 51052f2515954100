"""The coordinators' web dashboard under ``/dashboard/``: server-rendered pages on the monitoring figures.

``install(app)`` adds the routes, the static files and the handler that turns
a refused page (no session, no access, a form without its CSRF token) into
the page or redirect it carries. See docs/dashboard.md.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles

from . import auth, exports, gdpr, pages, versions
from .access import LanguageDep, PageRefusal, refuse

PREFIX = "/dashboard"
STATIC = Path(__file__).resolve().parent / "static"

router = APIRouter(include_in_schema=False)
for module in (auth, pages, exports, gdpr, versions):
    router.include_router(module.router)


@router.get("/{unknown:path}")
def not_found(request: Request, language: LanguageDep, unknown: str) -> Response:
    """Last of all routes: a mistyped dashboard address gets an HTML page, not the API's JSON problem."""
    return refuse(request, language, "not_found", 404)


async def _refused(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, PageRefusal)
    return exc.response


def install(app: FastAPI) -> None:
    """Static files first: the pages' catch-all (an HTML "not found") must not shadow them."""
    app.mount(f"{PREFIX}/static", StaticFiles(directory=STATIC), name="dashboard-static")
    app.include_router(router, prefix=PREFIX)
    app.add_exception_handler(PageRefusal, _refused)

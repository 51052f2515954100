"""The FastAPI application: ``create_app(settings)`` wires database, routes and guards.

The app holds no state beyond its settings and a connection pool, so any
number of processes or hosts can serve one PostgreSQL database. Middleware, outermost
first: the request log (request id, access line), trusted proxy headers, the body limit,
the protocol version guard.
"""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.routing import APIRoute
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from advisor_app import __version__

from ..protocol import API_PREFIX
from .api.deps import ServerState
from .api.main import api_router
from .core.config import Settings
from .core.db import make_engine, session_factory
from .core.logs import RequestLog
from .core.problems import BodyLimit, ProtocolGuard, install_problem_handlers
from .dashboard import install as install_dashboard
from .services.questionnaires import QuestionnaireRegistry

OPENAPI_URL = f"{API_PREFIX}/openapi.json"
DOCS_URL = f"{API_PREFIX}/docs"
UNVERSIONED = (
    f"{API_PREFIX}/info",
    f"{API_PREFIX}/health",
    f"{API_PREFIX}/ready",
    OPENAPI_URL,
    DOCS_URL,
    f"{DOCS_URL}/oauth2-redirect",
)
"""Paths a browser or a load balancer may call without the protocol version header."""


def operation_id(route: APIRoute) -> str:
    """The route function's name (``push``, ``login``, ``list_users``): what a generated client calls."""
    return route.name


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings.from_env()
    engine = make_engine(settings.database_url)
    app = FastAPI(
        title="Basisscan central server",
        version=__version__,
        summary="Sync, benchmarks and monitoring for the innovation basic scan (protocol version 2).",
        openapi_url=OPENAPI_URL,
        docs_url=DOCS_URL,
        redoc_url=None,
        generate_unique_id_function=operation_id,
    )
    sessions = session_factory(engine)
    app.state.server = ServerState(
        settings=settings, engine=engine, sessions=sessions, questionnaires=QuestionnaireRegistry.with_shipped(engine)
    )
    install_problem_handlers(app)
    app.include_router(api_router, prefix=API_PREFIX)
    install_dashboard(app)
    app.add_middleware(ProtocolGuard, exempt=UNVERSIONED)
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    # Only a configured proxy may say where a request came from (login limits count per client address).
    app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=settings.trusted_proxies)
    app.add_middleware(RequestLog, access_log=settings.access_log)
    return app

"""Every server test runs against SQLite and, when ``BASISSCAN_TEST_POSTGRES_URL`` is set, PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .live import BACKENDS, Api, Database, LiveServer, database, databases, live_server

__all__ = ["database", "databases"]


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def server(database: Database) -> Iterator[LiveServer]:
    with live_server(database) as running:
        yield running


@pytest.fixture
def api(server: LiveServer) -> Api:
    """No token: for logins and refusals."""
    return Api(server.url)


@pytest.fixture
def alice(server: LiveServer, database: Database) -> Api:
    return Api(server.url, database.tokens["alice"])


@pytest.fixture
def bob(server: LiveServer, database: Database) -> Api:
    return Api(server.url, database.tokens["bob"])


@pytest.fixture
def carol(server: LiveServer, database: Database) -> Api:
    """The coordinator."""
    return Api(server.url, database.tokens["carol"])


@pytest.fixture
def root(server: LiveServer, database: Database) -> Api:
    """The administrator."""
    return Api(server.url, database.tokens["root"])

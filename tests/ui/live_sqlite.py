"""A real sync server on loopback for the UI tests that talk to one (the Sync page, the status bar, the demo's refusal).

A SQLite database is enough here: the server's own tests run both backends. A test module takes the
fixtures by importing them: ``from .live_sqlite import backend, database, databases, server``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ..server.live import Database, LiveServer, database, databases, live_server

__all__ = ["backend", "database", "databases", "server"]


@pytest.fixture
def backend() -> str:
    return "sqlite"


@pytest.fixture
def server(database: Database) -> Iterator[LiveServer]:
    with live_server(database) as running:
        yield running

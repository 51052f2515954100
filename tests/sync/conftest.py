"""Sync tests: real devices (data folders) talking real HTTP to a real server on loopback."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ..server.live import Database, LiveServer, database, databases, live_server
from .faults import FaultyProxy
from .helpers import Device

__all__ = ["database", "databases"]


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """SQLite unless a test asks for ``BACKENDS`` through indirect parametrisation."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def server(database: Database) -> Iterator[LiveServer]:
    with live_server(database) as running:
        yield running


@pytest.fixture
def proxy(server: LiveServer) -> Iterator[FaultyProxy]:
    """The server behind a proxy that breaks connections on cue (``faults``): ``device(user, url=proxy.url)``."""
    faulty = FaultyProxy(server.url)
    yield faulty
    faulty.close()


@pytest.fixture
def device(tmp_path: Path, server: LiveServer) -> Iterator[Callable[..., Device]]:
    """``device("alice")``: a new device logged in as alice (``device(None)`` stays logged out).

    ``url`` points it elsewhere than the server itself (a proxy in front of it).
    """
    made: list[Device] = []

    def make(user: str | None, *, url: str | None = None, **options: object) -> Device:
        made.append(Device(tmp_path / f"device-{len(made)}-{user}", url or server.url, **options))
        return made[-1].login(user) if user else made[-1]

    yield make
    for each in made:
        each.close()

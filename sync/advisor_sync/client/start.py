"""Before a sync's first request: the server's address, the demo refusal, and what the sync reads first."""

from __future__ import annotations

import socket
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from advisor_app import __version__
from advisor_app.domain.demo import SYNC_OFF_IN_DEMO
from advisor_app.domain.text import Text
from advisor_app.services.erasure import PENDING_KEY as ERASURE_PENDING
from advisor_app.store.settings import KIND_KEY, is_demo, is_demo_kind, settings_of

from .errors import DemoWorkspaceError, SyncError
from .ledger import states_of
from .outgoing import has_local_changes

if TYPE_CHECKING:
    from advisor_app.workspace import Workspace

LOOPBACK = ("localhost", "127.0.0.1", "::1")


def normalise_server_url(url: str) -> str:
    """``https://host[:port][/path]`` without a trailing slash; plain http only to this computer."""
    raw = (url or "").strip().rstrip("/")
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SyncError(
            Text(
                f"'{url}' is geen serveradres; gebruik de vorm https://server.example.nl",
                f"'{url}' is not a server address; use the form https://server.example.nl",
            )
        )
    if parts.scheme == "http" and parts.hostname not in LOOPBACK:
        raise SyncError(
            Text(
                f"'{url}' is niet beveiligd; gebruik https:// (http:// alleen voor een server op deze computer)",
                f"'{url}' is not secure; use https:// (http:// only for a server on this computer)",
            )
        )
    return raw


@dataclass(frozen=True)
class Start:
    """What a sync reads before its first request, in one read transaction instead of one each."""

    demo: bool
    state: dict[str, str]
    """The sync state as it was (cursor, server address, pending push, last benchmark digest)."""
    local_changes: bool
    """Whether the outbox held anything: without, the first push needs no write transaction."""
    erasure_pending: bool
    """An erasure left unfinished (its reports, the vacuum): finished after the pull even if nothing came in."""


def read_start(workspace: Workspace) -> Start:
    """Three Core statements in one read transaction: a session cost several times them (a no-op sync is little else)."""
    with workspace.db.connection() as connection:
        settings = settings_of(connection, (KIND_KEY, ERASURE_PENDING))
        return Start(
            is_demo_kind(settings.get(KIND_KEY)),
            states_of(connection),
            has_local_changes(connection),
            ERASURE_PENDING in settings,
        )


def refuse_demo(workspace: Workspace) -> None:
    """A demo workspace never talks to the server, not to log in, not to sync: demo data stays on the device.

    Read from the database each time, not from what the workspace object remembers, so a folder made a
    demo by another process meanwhile is refused too.
    """
    with workspace.db.read() as session:
        if is_demo(session):
            raise DemoWorkspaceError(SYNC_OFF_IN_DEMO)


def device_name() -> str:
    return f"{socket.gethostname()[:150]} (Basisscan {__version__})"

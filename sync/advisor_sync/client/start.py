"""Before a sync's first request: the server's address, the demo refusal, and what the sync reads first."""

from __future__ import annotations

import socket
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from sqlalchemy import or_, select

from advisor_app import __version__
from advisor_app.domain.demo import SYNC_OFF_IN_DEMO
from advisor_app.domain.text import Text
from advisor_app.services.erasure import PENDING_KEY as ERASURE_PENDING
from advisor_app.store.models import WorkspaceSetting
from advisor_app.store.settings import KIND_KEY, is_demo, is_demo_kind

from .errors import DemoWorkspaceError, SyncError
from .ledger import STATES
from .outgoing import LOCAL_CHANGES

if TYPE_CHECKING:
    from advisor_app.workspace import Workspace

LOOPBACK = ("localhost", "127.0.0.1", "::1")
START_SETTINGS = select(WorkspaceSetting.key, WorkspaceSetting.value).where(
    or_(WorkspaceSetting.key == KIND_KEY, WorkspaceSetting.key == ERASURE_PENDING)
)
"""The two facts a sync's start reads, built once (an ``IN`` list would be expanded at each run)."""


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
    """Three statements in one read transaction, on the driver's connection (``Database.plain_reads``).

    A sync with nothing to do is this read, one request and one write: through a session these reads cost
    several times the statements, through SQLAlchemy's Core connection still twice the rest of the device's
    work (the setting query built anew per call, an execution context per statement).
    """
    with workspace.db.plain_reads() as statements:
        settings = dict(statements.execute(START_SETTINGS).all())
        return Start(
            is_demo_kind(settings.get(KIND_KEY)),
            dict(statements.execute(STATES).all()),
            bool(statements.execute(LOCAL_CHANGES).first()[0]),
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

"""The Qt-free sync client: HTTP, credentials, sync engine.

The Sync page and ``advisor-app sync`` both drive :class:`SyncEngine`; see
``docs/sync-protocol.md`` for what travels and how conflicts are merged.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .conflicts import Conflict
    from .credentials import SERVICE_NAME, Credentials, StoredToken
    from .engine import SyncEngine, SyncProgress, SyncReport
    from .errors import (
        AccessDeniedError,
        ConflictNotFoundError,
        DemoWorkspaceError,
        DeviceTokenRevokedError,
        LoginRateLimitedError,
        NotLoggedInError,
        OfflineError,
        ProtocolMismatchError,
        RequestRefusedError,
        ServerError,
        SyncCancelled,
        SyncError,
        TlsError,
        WrongPasswordError,
    )
    from .http import RetryPolicy, Timeouts
    from .start import normalise_server_url

_HOMES = {
    "Conflict": "conflicts",
    "SERVICE_NAME": "credentials",
    "Credentials": "credentials",
    "StoredToken": "credentials",
    "SyncEngine": "engine",
    "SyncProgress": "engine",
    "SyncReport": "engine",
    "normalise_server_url": "start",
    "RetryPolicy": "http",
    "Timeouts": "http",
}
"""Where each name lives; the rest are in ``errors``. Imported on first use (PEP 562), so a command that
never syncs (``advisor-app scans list``) does not pay for requests, the merge and the engine at start-up."""


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{_HOMES.get(name, 'errors')}", __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "SERVICE_NAME",
    "AccessDeniedError",
    "Conflict",
    "ConflictNotFoundError",
    "Credentials",
    "DemoWorkspaceError",
    "DeviceTokenRevokedError",
    "LoginRateLimitedError",
    "NotLoggedInError",
    "OfflineError",
    "ProtocolMismatchError",
    "RequestRefusedError",
    "RetryPolicy",
    "ServerError",
    "StoredToken",
    "SyncCancelled",
    "SyncEngine",
    "SyncError",
    "SyncProgress",
    "SyncReport",
    "Timeouts",
    "TlsError",
    "WrongPasswordError",
    "normalise_server_url",
]

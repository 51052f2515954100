"""The Qt-free sync client: HTTP, credentials, sync engine.

The Sync page and ``advisor-app sync`` both drive :class:`SyncEngine`; see
``docs/sync-protocol.md`` for what travels and how conflicts are merged.
"""

from __future__ import annotations

from .conflicts import Conflict
from .credentials import SERVICE_NAME, Credentials, StoredToken
from .engine import SyncEngine, SyncProgress, SyncReport, normalise_server_url
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

"""What can go wrong in a sync, each in plain words for the advisor.

Every class derives from the core's ``BasisscanError``, so the Sync page and
the command line show ``str(error)`` and never a traceback; the class tells
them what to offer next (try again later, ask for the password, update).
"""

from __future__ import annotations

from advisor_app.domain.errors import BasisscanError
from advisor_app.domain.text import Text


class SyncError(BasisscanError):
    """The root of the sync client's errors."""


class OfflineError(SyncError):
    """The server cannot be reached (no network, server down); nothing was lost."""


class TlsError(SyncError):
    """The server's certificate is not trusted, so nothing was sent."""


class WrongPasswordError(SyncError):
    """The username or password is wrong."""


class LoginRateLimitedError(SyncError):
    """Too many failed logins; ``retry_after`` seconds until the next try."""

    def __init__(self, message: Text, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class NotLoggedInError(SyncError):
    """This device has no token for the server yet: log in first."""


class DeviceTokenRevokedError(SyncError):
    """The device token expired or was revoked: log in again with the password.

    ``reason`` is ``expired``, ``revoked`` or ``unknown`` (the server does not
    know the token, e.g. after a server reinstall).
    """

    def __init__(self, message: Text, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class ProtocolMismatchError(SyncError):
    """App and server speak different protocol versions; ``server_too_old`` says which side to update."""

    def __init__(self, message: Text, server_too_old: bool) -> None:
        super().__init__(message)
        self.server_too_old = server_too_old


class AccessDeniedError(SyncError):
    """The account may not do this (disabled, or the wrong role)."""


class ServerError(SyncError):
    """The server failed or answered something unexpected; trying again later usually helps."""


class DemoWorkspaceError(SyncError):
    """The data folder is a demo: it is never synced, so nothing was sent."""


class RequestRefusedError(SyncError):
    """The server refused a request for a reason it states."""


class ConflictNotFoundError(SyncError):
    """The conflict to resolve does not exist or was resolved already."""


class SyncCancelled(SyncError):  # noqa: N818 - the name the Sync page and the brief use
    """The advisor cancelled; what was applied so far is kept, the rest follows next time."""

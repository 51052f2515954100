"""What the desktop shows about syncing before the sync client is loaded: the last sync, the last server."""

from __future__ import annotations

from datetime import UTC, datetime

from ..store.database import Database
from ..store.models import SyncState

LAST_SYNC_KEY = "last_sync_at"
SERVER_URL_KEY = "server_url"


def last_sync_at(db: Database) -> datetime | None:
    """The moment of the last finished sync (ISO 8601 in ``sync_state``), or ``None`` before the first."""
    with db.read() as session:
        row = session.get(SyncState, LAST_SYNC_KEY)
    if row is None or not row.value:
        return None
    try:
        moment = datetime.fromisoformat(row.value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def remembered_server(db: Database) -> str:
    """The server this device last synced with (the Sync page offers it again), or an empty string."""
    with db.read() as session:
        row = session.get(SyncState, SERVER_URL_KEY)
    return row.value if row is not None else ""

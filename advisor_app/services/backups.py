"""A copy of this device's data to keep elsewhere, and putting such a copy back.

A backup is one SQLite file made with SQLite's backup API, consistent while the app keeps saving,
and checked after writing (``integrity_check``, a schema revision of ours), so a backup that
reports success can be restored. A restore first checks the copy the same way and refuses a
damaged file, another program's database or one from a newer release without changing anything;
then it keeps the current data as a safety copy in the data folder's ``backups/`` and copies the
backup in. A copy from an older release is migrated the next time the data folder opens.

The File menu ("Back up...") and ``advisor-app backup`` / ``advisor-app restore`` use this.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..dbkit import migrations as alembic_runner
from ..dbkit.sqlite_copy import checked_revision, copy_database
from ..dbkit.types import utcnow
from ..paths import DATABASE_FILE
from ..store.database import MIGRATIONS, Database, private_copy

DEVICE_TABLES = ("company", "scan", "answer")
"""Tables every Basisscan device database has since the first release."""


@dataclass(frozen=True)
class BackupFile:
    path: Path
    revision: str
    """The schema revision inside the copy."""


@dataclass(frozen=True)
class Restored:
    source: Path
    revision: str
    safety_copy: Path
    """The data as it was just before the restore."""


@cache
def known_revisions() -> frozenset[str]:
    """The device's revisions, read once through the runner the store and the server share."""
    return frozenset(alembic_runner.known_revisions(MIGRATIONS))


def default_backup_path(folder: Path, reason: str = "backup") -> Path:
    """``<data folder>/backups/basisscan-<reason>-<UTC time>.sqlite3``."""
    return folder / "backups" / f"basisscan-{reason}-{utcnow().strftime('%Y%m%dT%H%M%SZ')}.sqlite3"


def make_backup(db: Database, target: Path | None = None) -> BackupFile:
    """Copy the open database to ``target`` (default: the data folder's ``backups/``) and check the copy."""
    path = (target or default_backup_path(db.path.parent)).expanduser().resolve()
    db.backup_to(path)
    return BackupFile(path, checked_revision(path, known_revisions(), DEVICE_TABLES))


def check_backup(source: Path) -> BackupFile:
    """What :func:`restore_backup` checks first; raises ``CopyError`` with a plain reason."""
    path = source.expanduser().resolve()
    return BackupFile(path, checked_revision(path, known_revisions(), DEVICE_TABLES))


def restore_backup(folder: Path, source: Path) -> Restored:
    """Replace the data in ``folder`` with the backup ``source``, keeping a safety copy of the current data.

    The data folder must not be open elsewhere (the desktop app closed).
    """
    checked = check_backup(source)
    live = folder / DATABASE_FILE
    safety = default_backup_path(folder, "before-restore")
    if live.exists():
        private_copy(live, safety)
    copy_database(checked.path, live, standalone=False)
    return Restored(checked.path, checked.revision, safety)

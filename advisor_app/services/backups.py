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

from ..dbkit.sqlite_copy import checked_revision, copy_database
from ..paths import DATABASE_FILE, create_private_file, make_private_folder
from ..store.database import MIGRATIONS, Database
from ..store.types import utcnow

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
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return frozenset(script.revision for script in ScriptDirectory.from_config(config).walk_revisions())


def default_backup_path(folder: Path, reason: str = "backup") -> Path:
    """``<data folder>/backups/basisscan-<reason>-<UTC time>.sqlite3``."""
    return folder / "backups" / f"basisscan-{reason}-{utcnow().strftime('%Y%m%dT%H%M%SZ')}.sqlite3"


def make_backup(db: Database, target: Path | None = None) -> BackupFile:
    """Copy the open database to ``target`` (default: the data folder's ``backups/``) and check the copy."""
    path = (target or default_backup_path(db.path.parent)).expanduser().resolve()
    _private_copy(db.path, path)
    return BackupFile(path, checked_revision(path, known_revisions(), DEVICE_TABLES))


def _private_copy(source: Path, target: Path) -> None:
    """Personal data: the copy is the owner's only, like the database itself."""
    make_private_folder(target.parent)
    create_private_file(target)
    copy_database(source, target)


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
        _private_copy(live, safety)
    copy_database(checked.path, live, standalone=False)
    return Restored(checked.path, checked.revision, safety)

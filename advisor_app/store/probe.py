"""Looking at a data file before opening it for real, without writing a byte.

Opening with the app's settings is itself a write (switching a database to
WAL rewrites its header and makes two files beside it), so the file is first
read through a read-only connection: is it empty, ours (and at which
schema), another application's database, or no database at all? Only our own
or an empty file is opened further.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..domain.text import Text
from ..errors import ForeignDatabaseError, StoreError
from ..paths import is_writable
from .failures import plain_cause

OUR_TABLES = frozenset({"alembic_version", "company"})
"""Tables every Basisscan database has had since the first migration."""


@dataclass(frozen=True)
class FileState:
    empty: bool
    """No file yet, or a file without tables: ours to set up."""
    revision: str | None
    """The schema revision recorded in the file (``None`` when empty)."""


def read_only_uri(path: Path) -> str:
    """A URI that opens ``path`` for reading only.

    ``immutable=1`` when there is no write-ahead log to read: SQLite then
    needs neither a lock nor a shared-memory file, which a read-only medium
    cannot hold. With a log left behind (a crash), ``mode=ro`` reads it too,
    so nothing written before the crash is missed.
    """
    wal = path.with_name(path.name + "-wal")
    has_log = wal.exists() and wal.stat().st_size > 0
    return path.resolve().as_uri() + ("?mode=ro" if has_log else "?immutable=1")


def may_write(path: Path) -> bool:
    """A database can be written when its folder can (WAL files live beside it) and the file, if any, can."""
    return is_writable(path.parent) and (not path.exists() or is_writable(path))


def probe(path: Path) -> FileState:
    if not path.exists() or path.stat().st_size == 0:
        return FileState(empty=True, revision=None)
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            tables = {
                name
                for (name,) in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                )
            }
            revision = (
                connection.execute("SELECT version_num FROM alembic_version").fetchone() if "alembic_version" in tables else None
            )
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorname", "") == "SQLITE_NOTADB":
            raise ForeignDatabaseError(
                Text(
                    f"{path} is geen Basisscan-database (geen SQLite-bestand); er is niets aan gewijzigd. "
                    "Kies een andere map met --data-dir of verplaats het bestand.",
                    f"{path} is not a Basisscan database (not an SQLite file); nothing was changed in it. "
                    "Choose another folder with --data-dir or move the file away.",
                )
            ) from None
        cause = plain_cause(error)
        raise StoreError(
            Text(f"Database {path} kan niet worden gelezen: {cause.nl}", f"Database {path} cannot be read: {cause.en}")
        ) from None
    if not tables:
        return FileState(empty=True, revision=None)
    if not tables >= OUR_TABLES:
        raise ForeignDatabaseError(
            Text(
                f"{path} is de database van een ander programma, niet van Basisscan; er is niets aan gewijzigd. "
                "Kies een andere map met --data-dir of verplaats het bestand.",
                f"{path} is another application's database, not Basisscan's; nothing was changed in it. "
                "Choose another folder with --data-dir or move the file away.",
            )
        )
    return FileState(empty=False, revision=revision[0] if revision else None)

"""Consistent copies of a SQLite database, and the checks a copy must pass before it replaces one.

The copy uses SQLite's online backup API, so it is consistent while the app (or the server) keeps
writing, and includes what is still in the WAL file. A copy that is to replace a live database is
checked first: it must be a SQLite file that passes ``PRAGMA integrity_check`` and carries a
schema revision from the caller's migration history; a copy from a newer release, a damaged file
or some other database is refused and nothing is changed. Both the device and the server use this.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection
from pathlib import Path

from ..domain.errors import BasisscanError
from ..domain.text import Text


class CopyError(BasisscanError):
    """A backup cannot be made, or a file is not a usable backup; nothing was changed."""


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def copy_database(source: Path, target: Path, *, standalone: bool = True) -> None:
    """Copy ``source`` into ``target`` (created or overwritten) with the backup API.

    A ``standalone`` copy is one self-contained file (rollback journal, not WAL) to be carried on a
    stick; a restore into a live database (``standalone=False``) leaves its journal mode to its owner.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        reader = _read_only(source)
        try:
            writer = sqlite3.connect(target)
            try:
                reader.backup(writer)
                if standalone:
                    writer.execute("PRAGMA journal_mode=DELETE")
            finally:
                writer.close()
        finally:
            reader.close()
    except sqlite3.Error as exc:
        raise CopyError(
            Text(f"Kopiëren van {source} naar {target} is mislukt: {exc}", f"Copying {source} to {target} failed: {exc}")
        ) from exc


def checked_revision(path: Path, known_revisions: Collection[str], required_tables: Collection[str] = ()) -> str:
    """The copy's schema revision, after checking that the copy is whole and ours (it has ``required_tables``)."""
    if not path.is_file():
        raise CopyError(Text(f"{path} bestaat niet", f"{path} does not exist"))
    try:
        connection = _read_only(path)
        try:
            verdict = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            if verdict != ["ok"]:
                raise CopyError(
                    Text(
                        f"{path} is beschadigd (integrity_check: {verdict[0]}); er is niets gewijzigd",
                        f"{path} is damaged (integrity_check: {verdict[0]}); nothing was changed",
                    )
                )
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            has_version = "alembic_version" in tables and set(required_tables) <= tables
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone() if has_version else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise CopyError(
            Text(
                f"{path} is geen bruikbare SQLite-database ({exc}); er is niets gewijzigd",
                f"{path} is not a usable SQLite database ({exc}); nothing was changed",
            )
        ) from exc
    if revision is None:
        raise CopyError(
            Text(
                f"{path} is geen Basisscan-database (geen schemaversie); er is niets gewijzigd",
                f"{path} is not a Basisscan database (no schema version); nothing was changed",
            )
        )
    if revision[0] not in known_revisions:
        raise CopyError(
            Text(
                f"{path} is gemaakt door een nieuwere versie (schema {revision[0]}); installeer die versie. "
                "Er is niets gewijzigd.",
                f"{path} was made by a newer version (schema {revision[0]}); install that version. Nothing was changed.",
            )
        )
    return str(revision[0])

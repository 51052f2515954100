"""The database opened through the driver alone, for a command that only reads the listing.

The only rows it may write are the derived results a listing had to score, in its own read transaction
(``listing.keep_results``); nothing a user entered is ever written here.

``advisor-app scans list`` is one statement over every scan (``store.listing``); through the workspace,
the process first loaded SQLAlchemy, the ORM models, pydantic's records and every service, which took
several times the query. When the file is ours and at the newest schema nothing needs migrating,
backing up or checking first, so :func:`open_current` opens it with ``sqlite3`` and the read pragmas
the store uses. Anything else (no database yet, an older or a newer schema, another program's file, a
file that cannot be read) gets ``None``: the caller opens the workspace, which migrates or says in the
user's words what is wrong. A read-only folder is read as :class:`~advisor_app.store.database.Database`
reads it (``probe.read_only_uri``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..dbkit.sqlite_setup import read_only_pragmas
from ..errors import StoreError
from .failures import read_failure
from .migrations import HEAD
from .probe import may_write, probe, read_only_uri

PRAGMAS = read_only_pragmas(busy_timeout_ms=5000)


class PlainDatabase:
    """Read transactions on a current database, with the interface of ``Database.plain_read``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.read_only = not may_write(path)

    @classmethod
    def open_current(cls, path: Path) -> PlainDatabase | None:
        try:
            state = probe(path)
        except StoreError:
            return None
        if state.empty or state.revision != HEAD:
            return None
        return cls(path)

    def connect(self, *, any_thread: bool = False) -> sqlite3.Connection:
        """A driver connection to the file in autocommit mode, read-only through its URI where the folder is."""
        if self.read_only:
            return sqlite3.connect(read_only_uri(self.path), uri=True, isolation_level=None, check_same_thread=not any_thread)
        return sqlite3.connect(self.path, isolation_level=None, check_same_thread=not any_thread)

    @contextmanager
    def plain_read(self) -> Iterator[sqlite3.Connection]:
        """One deferred read transaction: its statements see one state of the data and never wait for a writer.

        It ends with a commit, for what a listing stored in it (``listing.keep_results``); a commit that fails
        loses only those derived rows, never the read. After an error in the body it is rolled back.
        """
        try:
            connection = self.connect()
            try:
                for pragma in PRAGMAS:
                    connection.execute(pragma)
                connection.execute("BEGIN")
                yield connection
                _end(connection)
            finally:
                connection.close()  # rolls back whatever is still open
        except sqlite3.Error as exc:
            raise read_failure(self.path.name, exc) from exc


def _end(connection: sqlite3.Connection) -> None:
    try:
        connection.execute("COMMIT")
    except sqlite3.Error as exc:
        import logging  # here: a listing that writes nothing (most) loads no logging

        logging.getLogger(__name__).warning(
            "scan results stored by a listing were not committed (%s); scored again next time", exc
        )

"""The companies list and the Scans page at the desktop's start, before SQLAlchemy, pydantic and the services are imported.

A cold start spent about half a second of CPU importing the store's ORM, the records and every service
before the companies list could be read, and the advisor looked at "Opening your data ..." meanwhile.
When the folder the start opens is surely the chosen one and its database is ours and current
(``store.plain``: nothing to migrate, back up or check first), the list is read here through the driver
alone (``services.company_listing``), shown, and the workspace opens behind it; what the advisor does with
the list before then waits for it (``advisor_ui.waiting``). Any doubt gives ``None`` and the start opens the
workspace first, as before.

The Scans page is filled the same way (:func:`early_scans`, the listing of ``scans list --json`` without the
workspace, ``services.plain_listing``: the stored rows with their headlines, which is all the page shows).
Reading 10,000 scans again through the workspace cost as much again, and held two listings at once at the
start's peak, so the early read comes with :class:`Unchanged`: when nothing was committed to the file since,
the workspace's listing would be the same rows, and the page keeps them.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ..domain.errors import BasisscanError
from ..errors import StoreError
from ..paths import DATABASE_FILE
from ..store.plain import PlainDatabase
from .company_listing import CompanySummary, company_summaries

if TYPE_CHECKING:
    from .scan_listing import Listed

DEMO_FOLDER = "demo"
"""A real folder's demo folder (``Workspace.open_demo``); while its database exists the start may open the demo instead."""


def start_reader(folder: Path) -> PlainDatabase | None:
    """The database the start will open, read through the driver alone; ``None`` when that is not certain or not possible.

    ``Workspace.open_to_start`` opens the chosen folder unless its demo folder holds a database (and the
    folder's settings say the demo is in use); without a demo database it is surely the chosen folder.
    """
    if (folder / DEMO_FOLDER / DATABASE_FILE).is_file():
        return None
    return PlainDatabase.open_current(folder / DATABASE_FILE)


def early_companies(folder: Path) -> list[CompanySummary] | None:
    """The live companies of the folder the start opens, or ``None`` when the workspace must open it first."""
    reader = start_reader(folder)
    if reader is None:
        return None
    try:
        return company_summaries(reader)
    except StoreError:  # held by another program, say: the workspace waits for it and tells the advisor
        return None


class Unchanged:
    """Asked once, later: is this the same database file, and has no connection committed anything to it since?

    SQLite's ``PRAGMA data_version`` on one connection changes when another connection (of any process)
    commits to the file, and only then; the connection is made before the early read, so a change during
    the read counts too (the first listing after an upgrade stores the results it scored: read again).
    """

    def __init__(self, db: PlainDatabase) -> None:
        self.path = db.path
        self._connection: sqlite3.Connection | None = db.connect(any_thread=True)  # asked in whichever worker reads the page
        self._version = self._data_version(self._connection)

    @staticmethod
    def _data_version(connection: sqlite3.Connection) -> int:
        (version,) = connection.execute("PRAGMA data_version").fetchone()
        return int(version)

    def __call__(self, database_file: Path) -> bool:
        """True when ``database_file`` is the one read and nothing was committed to it since (the workspace may have
        opened the demo folder after the first run); the connection closes, so a second ask says False."""
        connection, self._connection = self._connection, None
        if connection is None:
            return False
        try:
            return database_file.resolve() == self.path.resolve() and self._data_version(connection) == self._version
        except sqlite3.Error:
            return False
        finally:
            connection.close()

    def close(self) -> None:
        """Not asked after all (the window closed first)."""
        connection, self._connection = self._connection, None
        if connection is not None:
            connection.close()


class EarlyScans(NamedTuple):
    listed: list[Listed]
    """Every live scan, as the workspace's ``ScanService.headlines`` lists them."""
    unchanged: Unchanged
    """Whether those are still the workspace's listing (asked once, when the workspace is there)."""


def early_scans(folder: Path) -> EarlyScans | None:
    """The live scans of the folder the start opens, or ``None`` when the workspace must open it first.

    Also ``None`` when the device holds questionnaire versions received from the server (their hashes are
    checked by the workspace's catalogue first) or the file cannot be read now. The listing (the
    questionnaires, the scoring) is imported here: the early companies list needs none of it.
    """
    from .plain_listing import headlines_plainly

    reader = start_reader(folder)
    if reader is None:
        return None
    try:
        unchanged = Unchanged(reader)
    except sqlite3.Error:
        return None
    try:
        listed = headlines_plainly(reader)
    except BasisscanError:  # held by another program, an unknown version: the workspace's listing says so in its words
        listed = None
    if listed is None:
        unchanged.close()
        return None
    return EarlyScans(listed, unchanged)

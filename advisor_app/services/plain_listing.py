"""``scans list`` without the workspace: the same listing (``services.scan_listing``) over ``store.plain``.

A fresh process spent most of ``scans list`` importing what the listing never uses: SQLAlchemy, the ORM
models, pydantic's records and every service. This path reads a current database through the driver
alone, with the questionnaire versions shipped with the app; stale or missing stored results are scored
as always and stored on the same connection, in plain SQL (``store.listing.keep_results``). A device
that holds versions received from the server has them checked against their hashes by the catalogue
(``services.questionnaires``), so there the caller opens the workspace as before.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..domain.questionnaire import shipped_questionnaires
from ..domain.scoring import ScanResult
from ..store.listing import keep_results
from ..store.plain import PlainDatabase
from .known_versions import KnownVersions
from .result_codec import Answers, ToScore, stored_row
from .scan_listing import Listed, ScanSummary, headlines, summaries


class ShippedVersions(KnownVersions):
    """The questionnaire versions shipped with the app, looked up as ``QuestionnaireCatalogue.get`` does."""

    def __init__(self) -> None:
        super().__init__(shipped_questionnaires())


class KeepOnConnection:
    """Stores freshly scored results on the listing's own connection (``store.listing.keep_results``), without
    SQLAlchemy; in a read-only folder it stores nothing."""

    def __init__(self, read_only: bool) -> None:
        self.read_only = read_only

    def keep(self, connection: sqlite3.Connection, fresh: list[tuple[ToScore, Answers, ScanResult]]) -> None:
        if not self.read_only and fresh:
            keep_results(connection, [stored_row(*scored) for scored in fresh])


def plain_summaries(database_file: Path, status: str | None = None) -> list[ScanSummary] | None:
    """Every live scan as ``ScanService.summaries`` lists it, or ``None`` when the workspace must open the file."""
    db = PlainDatabase.open_current(database_file)
    if db is None or received_versions(db):
        return None
    return summaries(db, ShippedVersions(), KeepOnConnection(db.read_only), status=status)


def plain_headlines(database_file: Path, status: str | None = None) -> list[Listed] | None:
    """The same scans as :func:`plain_summaries`, as rows with their headlines (``scans list --json``), or ``None``."""
    db = PlainDatabase.open_current(database_file)
    return None if db is None else headlines_plainly(db, status)


def headlines_plainly(db: PlainDatabase, status: str | None = None) -> list[Listed] | None:
    """:func:`plain_headlines` over a database already found current (the desktop's start, ``early_listing``)."""
    if received_versions(db):
        return None
    return headlines(db, ShippedVersions(), KeepOnConnection(db.read_only), status)


def received_versions(db: PlainDatabase) -> bool:
    """Whether the device holds questionnaire versions from the server: then the workspace's catalogue checks them."""
    with db.plain_read() as connection:
        (received,) = connection.execute("SELECT count(*) FROM questionnaire_version").fetchone()
    return bool(received)

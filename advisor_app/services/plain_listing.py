"""``scans list`` without the workspace: the same listing (``services.scan_listing``) over ``store.plain``.

A fresh process spent most of ``scans list`` importing what the listing never uses: SQLAlchemy, the ORM
models, pydantic's records and every service. This path reads a current database through the driver
alone, with the questionnaire versions shipped with the app; stale or missing stored results are scored
as always and stored through the full database only then (the first listing after an upgrade). A device
that holds versions received from the server has them checked against their hashes by the catalogue
(``services.questionnaires``), so there the caller opens the workspace as before.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from ..domain.questionnaire import shipped_questionnaires
from ..store.plain import PlainDatabase
from .known_versions import KnownVersions
from .result_codec import Answers, Completed, Outcome
from .scan_listing import Listed, ScanSummary, headlines, summaries


class ShippedVersions(KnownVersions):
    """The questionnaire versions shipped with the app, looked up as ``QuestionnaireCatalogue.get`` does."""

    def __init__(self) -> None:
        super().__init__(shipped_questionnaires())


class KeepThroughDatabase:
    """Stores freshly scored results through the full database, opened only when there is something to store."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def score_and_keep(self, scans: list[Completed], given: Mapping[str, Answers]) -> dict[str, Outcome]:
        from ..store.database import Database
        from .result_cache import ResultCache

        db = Database(self.path)
        try:
            return ResultCache(db).score_and_keep(scans, given)
        finally:
            db.close()


def plain_summaries(database_file: Path, status: str | None = None) -> list[ScanSummary] | None:
    """Every live scan as ``ScanService.summaries`` lists it, or ``None`` when the workspace must open the file."""
    db = PlainDatabase.open_current(database_file)
    return None if db is None else listed_plainly(db, status)


def plain_headlines(database_file: Path, status: str | None = None) -> list[Listed] | None:
    """The same scans as :func:`plain_summaries`, as rows with their headlines (``scans list --json``), or ``None``."""
    db = PlainDatabase.open_current(database_file)
    return None if db is None or received_versions(db) else headlines(db, ShippedVersions(), KeepThroughDatabase(db.path), status)


def listed_plainly(db: PlainDatabase, status: str | None = None) -> list[ScanSummary] | None:
    """:func:`plain_summaries` over a database already found current (the desktop's start, ``early_listing``)."""
    if received_versions(db):
        return None
    return summaries(db, ShippedVersions(), KeepThroughDatabase(db.path), status=status)


def received_versions(db: PlainDatabase) -> bool:
    """Whether the device holds questionnaire versions from the server: then the workspace's catalogue checks them."""
    with db.plain_read() as connection:
        (received,) = connection.execute("SELECT count(*) FROM questionnaire_version").fetchone()
    return bool(received)

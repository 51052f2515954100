"""Every live scan with its headline result, for the Scans page, a company's page and ``scans list``.

One plain statement reads the live scans with their companies, a second one in the same read
transaction the stored results of the completed ones (``store.listing``, ``services.result_cache``);
only drafts, and completed scans without a fresh stored result, are scored here (the completed ones are
then stored for next time). Nothing goes through the ORM: at 10,000 scans building its rows cost more
than the query, and so did the garbage collector walking the objects made per row, so a summary is one
slotted object and the whole result of a completed scan is decoded only when someone asks for it (an
export, the comparison on a company's page).
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from ..domain.questionnaire import Questionnaire
from ..domain.scoring import ScanResult, score_scan, to_percent
from ..domain.vocabulary import ScanStatus
from ..store import listing
from ..store.listing import CHUNK
from .result_codec import Answers, Completed, Outcome, ambitions_of, basis_of, decode


class Reader(Protocol):
    """``Database`` in the app; ``store.plain.PlainDatabase`` for ``scans list``, which loads no SQLAlchemy."""

    def plain_read(self) -> AbstractContextManager[sqlite3.Connection]: ...


class Versions(Protocol):
    """The questionnaire versions the device knows (``QuestionnaireCatalogue``)."""

    def get(self, questionnaire_id: str, version: str) -> Questionnaire: ...


class Keeper(Protocol):
    """Scores completed scans and stores their results (``ResultCache``)."""

    def score_and_keep(self, scans: list[Completed], given: Mapping[str, Answers]) -> dict[str, Outcome]: ...


@dataclass(frozen=True, slots=True)
class ScanSummary:
    id: uuid.UUID
    company_id: uuid.UUID
    company: str
    kvk: str
    sector: str
    status: str
    advisor: str
    started_at: datetime
    completed_at: datetime | None
    revision_of_id: uuid.UUID | None
    follow_up_of_id: uuid.UUID | None
    answered: int
    total: int
    sii: float | None
    """The headline of the result (1-5 mean), known without decoding the whole result."""
    stage: str | None
    results: ListedResults = field(repr=False, compare=False)
    """Where :attr:`result` comes from: the listing this summary was read in."""

    @property
    def sii_percent(self) -> float | None:
        return None if self.sii is None else to_percent(self.sii)

    @property
    def result(self) -> ScanResult:
        """The full result (benchmark-free); a completed scan's is decoded from its stored result at the first ask."""
        return self.results.of(self.id.hex)


class ListedResults:
    """The full results of one listing's scans: those scored for it, and the stored texts read with it.

    The texts come from the listing's own transaction, so a summary's result always belongs to its
    headline, even when the scan changes afterwards (a sync, a repair); they are decoded at the first ask.
    """

    def __init__(self) -> None:
        self.scored: dict[str, ScanResult] = {}
        self.stored: dict[str, Questionnaire] = {}
        """Completed scans listed with a fresh stored result (hex id), and the questionnaire they were scored on."""
        self.texts: dict[str, str] = {}

    def of(self, scan_hex: str) -> ScanResult:
        found = self.scored.get(scan_hex)
        if found is None:
            found = self.scored[scan_hex] = decode(self.stored[scan_hex], self.texts[scan_hex])
        return found


class _Versions:
    """What a listing needs of each questionnaire version its rows name, looked up once per version."""

    def __init__(self, catalogue: Versions) -> None:
        self.catalogue = catalogue
        self._known: dict[tuple[str, str], tuple[Questionnaire, str, int]] = {}

    def of(self, row: Any) -> tuple[Questionnaire, str, int]:
        """The row's questionnaire, the basis a stored result must have, and the number of items."""
        key = (row[listing.QUESTIONNAIRE_ID], row[listing.QUESTIONNAIRE_VERSION])
        found = self._known.get(key)
        if found is None:
            questionnaire = self.catalogue.get(*key)
            found = self._known[key] = (questionnaire, basis_of(questionnaire), len(questionnaire.item_ids))
        return found


def summaries(
    db: Reader,
    catalogue: Versions,
    cache: Keeper,
    company_id: uuid.UUID | None = None,
    status: str | None = None,
) -> list[ScanSummary]:
    """Every live scan of a live company (of one company, one status when given), newest first."""
    versions = _Versions(catalogue)
    results = ListedResults()
    with db.plain_read() as connection:
        rows = listing.listed_scans(connection, None if company_id is None else company_id.hex, status)
        completed = [row[listing.ID] for row in rows if row[listing.STATUS] == ScanStatus.COMPLETED]
        stored = listing.stored_results(connection, None if len(completed) > CHUNK else completed) if completed else {}
        for row in rows:
            entry = stored.get(row[listing.ID]) if row[listing.STATUS] == ScanStatus.COMPLETED else None
            if entry is not None:
                questionnaire, basis, _ = versions.of(row)
                if entry[listing.BASIS] == basis:
                    results.stored[row[listing.ID]] = questionnaire
                    results.texts[row[listing.ID]] = entry[listing.RESULT]
        to_score = [row[listing.ID] for row in rows if row[listing.ID] not in results.stored]
        given = listing.given_answers(connection, to_score) if to_score else {}
    _score(rows, versions, results, cache, given)
    ids = {row[listing.ID]: uuid.UUID(row[listing.ID]) for row in rows}  # follow-ups and revisions name these
    company_ids: dict[str, uuid.UUID] = {}
    found = []
    for row in rows:
        scan_hex, company_hex = row[listing.ID], row[listing.COMPANY_ID]
        company = company_ids.get(company_hex)
        if company is None:
            company = company_ids[company_hex] = uuid.UUID(company_hex)
        if scan_hex in results.stored:
            entry = stored[scan_hex]
            answered, sii, stage = entry[listing.ANSWERED], entry[listing.SII], entry[listing.STAGE]
        else:
            result = results.scored[scan_hex]
            answered, sii, stage = len(given.get(scan_hex, ())), result.sii, result.stage
        completed_at = row[listing.COMPLETED_AT]
        found.append(
            ScanSummary(
                ids[scan_hex],
                company,
                row[listing.NAME],
                row[listing.KVK],
                row[listing.SECTOR],
                row[listing.STATUS],
                row[listing.ADVISOR],
                _moment(row[listing.STARTED_AT]),
                None if completed_at is None else _moment(completed_at),
                _id(ids, row[listing.REVISION_OF_ID]),
                _id(ids, row[listing.FOLLOW_UP_OF_ID]),
                answered,
                versions.of(row)[2],
                sii,
                stage,
                results,
            )
        )
    return found


def _id(listed: dict[str, uuid.UUID], stored: str | None) -> uuid.UUID | None:
    """A scan named by another (the one it follows up or revises): mostly one of the listing's own."""
    if stored is None:
        return None
    found = listed.get(stored)
    return uuid.UUID(stored) if found is None else found


def _score(
    rows: list[Any],
    versions: _Versions,
    results: ListedResults,
    cache: Keeper,
    given: dict[str, dict[str, int | None]],
) -> None:
    """Score the listed scans without a fresh stored result; completed ones are stored for the next listing."""
    stale = []
    for row in rows:
        scan_hex = row[listing.ID]
        if scan_hex in results.stored:
            continue
        questionnaire = versions.of(row)[0]
        if row[listing.STATUS] == ScanStatus.COMPLETED:
            stale.append(Completed(scan_hex, questionnaire, row[listing.AMBITIONS]))
        else:
            results.scored[scan_hex] = score_scan(questionnaire, given.get(scan_hex, {}), ambitions_of(row[listing.AMBITIONS]))
    if stale:
        for scan_hex, outcome in cache.score_and_keep(stale, given).items():
            results.scored[scan_hex] = outcome.result()


def _moment(stored: str) -> datetime:
    """A moment as stored (naive UTC text, as ``UTCDateTime`` writes it) as the aware UTC time the ORM hands back.

    Parsed with its offset written on (``+00:00`` gives the ``UTC`` object itself): ten times quicker than
    ``.replace(tzinfo=UTC)`` on a parsed time, for 20,000 moments a listing.
    """
    return datetime.fromisoformat(stored + "+00:00")

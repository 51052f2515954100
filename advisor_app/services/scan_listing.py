"""Every live scan with its headline result, for the Scans page, a company's page and ``scans list``.

One plain statement reads the live scans with their companies, a second one in the same read
transaction their stored results (``store.listing``, ``services.result_cache``), drafts' as well as
completed scans'; only scans without a fresh stored result are scored here (a draft after its last
autosave, a completed scan after an upgrade), and stored for next time. Nothing goes through the ORM: at
10,000 scans building its rows cost more than the query, and so did the garbage collector walking the
objects made per row, so a summary is one named tuple and a stored result is decoded only when someone
asks for it (an export, the comparison on a company's page).
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import datetime
from typing import Any, NamedTuple, Protocol

from ..domain.questionnaire import Questionnaire
from ..domain.scoring import ScanResult, score_scan, to_percent
from ..store import listing
from ..store.listing import CHUNK
from ..store.stored_ids import uuid_of
from .collector import collection_paused
from .result_codec import Answers, ToScore, basis_of, decode

ID, QUESTIONNAIRE_ID, QUESTIONNAIRE_VERSION = (
    listing.ID,
    listing.QUESTIONNAIRE_ID,
    listing.QUESTIONNAIRE_VERSION,
)
"""Read for every row, as module names (a name's lookup, not a module's attribute's)."""

NAME, KVK, SECTOR, STATUS, ADVISOR, STARTED_AT, COMPLETED_AT = (
    listing.NAME,
    listing.KVK,
    listing.SECTOR,
    listing.STATUS,
    listing.ADVISOR,
    listing.STARTED_AT,
    listing.COMPLETED_AT,
)
"""Positions in a listed row (:data:`Listed`'s first), for those who show it (the Scans page)."""
ROW_LENGTH = QUESTIONNAIRE_VERSION + 1


class Reader(Protocol):
    """``Database`` in the app; ``store.plain.PlainDatabase`` for ``scans list``, which loads no SQLAlchemy."""

    def plain_read(self) -> AbstractContextManager[sqlite3.Connection]: ...


class Versions(Protocol):
    """The questionnaire versions the device knows (``QuestionnaireCatalogue``)."""

    def get(self, questionnaire_id: str, version: str) -> Questionnaire: ...


class Keeper(Protocol):
    """Stores the results a listing just scored (``ResultCache``; ``plain_listing.KeepOnConnection``), or skips it."""

    def keep(self, connection: sqlite3.Connection, fresh: list[tuple[ToScore, Answers, ScanResult]]) -> None:
        """``connection`` is the listing's own, in its read transaction; storing must never fail the listing."""
        ...


class ScanSummary(NamedTuple):
    """One listed scan, read-only.

    A named tuple rather than a frozen dataclass: a frozen dataclass sets each of its 16 fields through
    ``object.__setattr__``, six times the cost of making the tuple, for 10,000 summaries a listing.
    Two summaries are equal when all but :attr:`results` are (as the dataclass compared them).
    """

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
    results: ListedResults
    """Where :attr:`result` comes from: the listing this summary was read in."""

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={value!r}" for name, value in zip(self._fields[:RESULTS], self, strict=False))
        return f"ScanSummary({shown})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ScanSummary):
            return NotImplemented
        return self[:RESULTS] == other[:RESULTS]

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __hash__(self) -> int:
        return hash(self[:RESULTS])

    @property
    def sii_percent(self) -> float | None:
        return None if self.sii is None else to_percent(self.sii)

    @property
    def result(self) -> ScanResult:
        """The full result (benchmark-free); a completed scan's is decoded from its stored result at the first ask."""
        return self.results.of(self.id.hex)


RESULTS = ScanSummary._fields.index("results")


class ListedResults:
    """The full results of one listing's scans: those scored for it, and the stored texts read with it.

    The texts come from the listing's own transaction, so a summary's result always belongs to its
    headline, even when the scan changes afterwards (a sync, a repair); they are decoded at the first ask.
    """

    def __init__(self) -> None:
        self.scored: dict[str, ScanResult] = {}
        self.stored: dict[str, Questionnaire] = {}
        """Scans listed with a fresh stored result (hex id), and the questionnaire they were scored on."""
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

    def of_each(self, rows: list[Any]) -> list[tuple[Questionnaire, str, int]]:
        """:meth:`of` of each row, in order (a lookup per row, the method's call only for a version not met yet)."""
        known, of = self._known, self.of
        return [known.get((row[QUESTIONNAIRE_ID], row[QUESTIONNAIRE_VERSION])) or of(row) for row in rows]


Listed = tuple[Any, int, int, "float | None", "str | None"]
"""One listed scan before any value is made of it: its row of ``store.listing.SCANS`` as stored, the number of
answered items, of items, and its headline (index and stage)."""


def summaries(
    db: Reader,
    catalogue: Versions,
    cache: Keeper,
    company_id: uuid.UUID | None = None,
    status: str | None = None,
) -> list[ScanSummary]:
    """Every live scan of a live company (of one company, one status when given), newest first."""
    with collection_paused():
        listed, results = _listed(db, _Versions(catalogue), cache, company_id, status, texts=True)
        return _summaries(listed, results)


def headlines(db: Reader, catalogue: Versions, cache: Keeper, status: str | None = None) -> list[Listed]:
    """What :func:`summaries` lists, as the stored rows with their headlines, for output written as text.

    ``scans list --json`` writes ids and moments as text again: making a UUID and an aware datetime of each
    stored text and writing them back cost more than the query, and it asks no scan for its whole result,
    so the stored results' texts are not read either.
    """
    with collection_paused():
        return _listed(db, _Versions(catalogue), cache, None, status, texts=False)[0]


def _listed(
    db: Reader, versions: _Versions, cache: Keeper, company_id: uuid.UUID | None, status: str | None, *, texts: bool
) -> tuple[list[Listed], ListedResults]:
    """The listing in one pass over its rows: each with a fresh stored result (a draft's too) is listed at once,
    the others are scored after (``_score``), put in their places and stored in the same read transaction."""
    results = ListedResults()
    kept, kept_texts = results.stored, results.texts
    found: list[Listed] = []
    to_score: list[tuple[int, Any, int]] = []  # each scan to score: its place in ``found``, its row, its items
    with db.plain_read() as connection:
        rows = listing.listed_scans(connection, None if company_id is None else company_id.hex, status)
        known = versions.of_each(rows)
        only = None if len(rows) > CHUNK else [row[ID] for row in rows]
        stored = listing.stored_results(connection, {basis for _, basis, _ in known}, only, texts=texts)
        for row, (questionnaire, basis, total) in zip(rows, known, strict=True):
            scan_hex = row[ID]
            entry = stored[basis].get(scan_hex)
            if entry is not None:
                kept[scan_hex] = questionnaire
                if texts:
                    kept_texts[scan_hex] = entry[listing.RESULT]
                found.append((row, entry[listing.ANSWERED], total, entry[listing.SII], entry[listing.STAGE]))
            else:
                to_score.append((len(found), row, total))
                found.append(_UNSCORED)
        if to_score:
            scored = [row[ID] for _, row, _ in to_score]
            given, ambitions = listing.given_answers(connection, scored), listing.given_ambitions(connection, scored)
            scans = [ToScore(row[ID], versions.of(row)[0], ambitions[row[ID]]) for _, row, _ in to_score]
            _score(scans, results, given, lambda fresh: cache.keep(connection, fresh))
            for place, row, total in to_score:
                head = results.scored[row[ID]]
                found[place] = (row, len(given.get(row[ID], ())), total, head.sii, head.stage)
    return found, results


def listed_id(row: Any) -> uuid.UUID:
    """The scan's id of a listed row, as :class:`ScanSummary` holds it."""
    return uuid_of(row[ID])


_UNSCORED: Listed = ((), 0, 0, None, None)
"""The place of a scan to score, filled once it is scored."""


def _summaries(listed: list[Listed], results: ListedResults) -> list[ScanSummary]:
    ids = {row[listing.ID]: uuid_of(row[listing.ID]) for row, *_ in listed}  # follow-ups and revisions name these
    company_ids: dict[str, uuid.UUID] = {}
    found = []
    for row, answered, total, sii, stage in listed:
        company_hex = row[listing.COMPANY_ID]
        company = company_ids.get(company_hex)
        if company is None:
            company = company_ids[company_hex] = uuid_of(company_hex)
        completed_at, revision_of, follow_up_of = (
            row[listing.COMPLETED_AT],
            row[listing.REVISION_OF_ID],
            row[listing.FOLLOW_UP_OF_ID],
        )
        found.append(
            ScanSummary(
                ids[row[listing.ID]],
                company,
                row[listing.NAME],
                row[listing.KVK],
                row[listing.SECTOR],
                row[listing.STATUS],
                row[listing.ADVISOR],
                _moment(row[listing.STARTED_AT]),
                None if completed_at is None else _moment(completed_at),
                None if revision_of is None else ids.get(revision_of) or uuid_of(revision_of),
                None if follow_up_of is None else ids.get(follow_up_of) or uuid_of(follow_up_of),
                answered,
                total,
                sii,
                stage,
                results,
            )
        )
    return found


def _score(
    scans: list[ToScore],
    results: ListedResults,
    given: dict[str, dict[str, int | None]],
    keep: Callable[[list[tuple[ToScore, Answers, ScanResult]]], None],
) -> None:
    """Score these listed scans (those without a fresh stored result, drafts and completed ones alike) and ``keep``
    what was scored, so that the next listing reads it: a draft's row stays until its next autosave (migration
    0007's triggers drop it), and scoring 850 drafts' answers at every listing cost a tenth of ``scans list``."""
    fresh: list[tuple[ToScore, Answers, ScanResult]] = []
    for scan in scans:
        answers = given.get(scan.scan_hex, {})
        result = score_scan(scan.questionnaire, answers, scan.ambitions)
        results.scored[scan.scan_hex] = result
        fresh.append((scan, answers, result))
    keep(fresh)


def _moment(stored: str) -> datetime:
    """A moment as stored (naive UTC text, as ``UTCDateTime`` writes it) as the aware UTC time the ORM hands back.

    Parsed with its offset written on (``+00:00`` gives the ``UTC`` object itself): ten times quicker than
    ``.replace(tzinfo=UTC)`` on a parsed time, for 20,000 moments a listing.
    """
    return datetime.fromisoformat(stored + "+00:00")


STORED_MOMENT_LENGTH = len("2026-12-02 18:30:00.000000")
"""How ``UTCDateTime`` writes a moment."""


def moment_text(stored: str) -> str:
    """``_moment(stored).isoformat()`` without the aware datetime: the naive one's text with UTC's offset written on.

    Only for a moment in the form ``UTCDateTime`` writes (``2026-12-02 18:30:00.000000``), which the naive
    parse checks; the text is then the stored one with a ``T`` for the space, without a zero fraction
    (``isoformat`` and its formatting were half the records' time). Anything else (another separator, a
    week date, a text that carries an offset of its own) goes through :func:`_moment`, as the summary's does.
    """
    if len(stored) == STORED_MOMENT_LENGTH and stored[10] == " " and stored[7] == "-" and stored[19] == ".":
        try:
            parsed = datetime.fromisoformat(stored)
        except ValueError:
            parsed = None
        if parsed is not None and parsed.tzinfo is None:
            if parsed.microsecond:
                return f"{stored[:10]}T{stored[11:]}+00:00"
            return f"{stored[:10]}T{stored[11:19]}+00:00"
    return _moment(stored).isoformat()

"""Stored results of scans: derived values kept so 10,000 scans need not be scored at every look.

A scan's result never changes while its answers, ambitions, status, questionnaire version and the scoring
model stay the same: a completed scan is frozen, and a draft's row is dropped at its next autosave.
Results stay *derived*: the table ``scan_result`` only remembers what
:func:`~advisor_app.domain.scoring.score_scan` returned, and an entry is used only when its ``basis``
(questionnaire ``id@version``, the version's content hash and :data:`SCORING_MODEL`) equals the scan's
now. Triggers in the database (migration 0007) drop a scan's entry whenever one of its answers or its
ambitions, status or questionnaire change, by whichever path (services, sync, import, a repair by hand),
so a lookup never has to read the answers back; ``answers_hash`` records what the entry was scored from.
A missing or stale entry is scored again and stored (unless the database is read-only). The listings
store their drafts' results as well (``services.scan_listing``); the benchmark groups read completed ones.

Only the benchmark-free result is stored (no sector group, no Rogers population): that is what listings
and the benchmark groups use. A results screen or report still scores its one scan with the benchmarks.
"""

from __future__ import annotations

import logging
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import String, delete, insert, select, type_coerce
from sqlalchemy.orm import Session

from ..domain.scoring import ScanResult, score_scan, scoring_value
from ..errors import StoreError
from ..store.database import Database
from ..store.listing import CHUNK
from ..store.models import Answer, Scan, ScanResultCache
from .result_codec import (
    SCORING_MODEL,
    STORED_COLUMNS,
    Answers,
    Outcome,
    ToScore,
    ambitions_of,
    answers_hash,
    basis_of,
    decode,
    encode,
    stored_row,
)

__all__ = [
    "AMBITIONS_TEXT",
    "SCORING_MODEL",
    "Outcome",
    "ResultCache",
    "ToScore",
    "ambitions_of",
    "answers_by_scan",
    "basis_of",
    "decode",
    "encode",
]
"""What a stored result is (``services.result_codec``) is named from here too, beside the table's keeper."""

log = logging.getLogger(__name__)

AMBITIONS_TEXT = type_coerce(Scan.ambitions, String)
"""The ambitions column as stored text: decoding 10,000 JSON values nobody needs costs a tenth of a second."""


class ResultCache:
    """Lookups and refills of ``scan_result``; every method takes and returns scan ids in their stored hex form."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def stored(self, scan_hexes: Iterable[str] | None = None) -> dict[str, tuple[str, int, float | None, str | None, str]]:
        """``{scan hex: (basis, answered, sii, stage, result JSON)}`` for the given scans (all when ``None``)."""
        table = ScanResultCache
        query = select(table.scan_id, table.basis, table.answered, table.sii, table.stage, table.result)
        found: dict[str, tuple[str, int, float | None, str | None, str]] = {}
        with self.db.read() as session:
            if scan_hexes is None:
                rows: Iterable[Any] = session.execute(query)
            else:
                wanted = list(scan_hexes)
                rows = [
                    row
                    for start in range(0, len(wanted), CHUNK)
                    for row in session.execute(query.where(table.scan_id.in_(wanted[start : start + CHUNK])))
                ]
            for scan_hex, basis, answered, sii, stage, result in rows:
                found[scan_hex] = (basis, answered, sii, stage, result)
        return found

    def results(self, completed: Iterable[ToScore], answers_of: Mapping[str, Answers] | None = None) -> dict[str, Outcome]:
        """The outcome of each completed scan (by hex id): stored where fresh, else scored now and stored.

        ``answers_of`` may hold answers already read; otherwise they are read here, only for scans to score.
        """
        scans = list(completed)
        stored = self.stored(None if len(scans) > CHUNK else [s.scan_hex for s in scans])
        found: dict[str, Outcome] = {}
        to_score: list[ToScore] = []
        for scan in scans:
            entry = stored.get(scan.scan_hex)
            if entry is not None and entry[0] == basis_of(scan.questionnaire):
                found[scan.scan_hex] = Outcome.stored(scan.questionnaire, *entry[1:])
            else:
                to_score.append(scan)
        if to_score:
            given = answers_of if answers_of is not None else self._answers([s.scan_hex for s in to_score])
            found.update(self.score_and_keep(to_score, given))
        return found

    def score_and_keep(self, scans: list[ToScore], given: Mapping[str, Answers]) -> dict[str, Outcome]:
        """Score these completed scans from their ``given`` answers now, and store what was scored."""
        found: dict[str, Outcome] = {}
        fresh = []
        for scan in scans:
            answers = given.get(scan.scan_hex, {})
            result = score_scan(scan.questionnaire, answers, scan.ambitions)
            found[scan.scan_hex] = Outcome.of(len(answers), result)
            fresh.append((scan, answers, result))
        if fresh:
            self._store(fresh)
        return found

    def keep(self, _connection: sqlite3.Connection, fresh: list[tuple[ToScore, Answers, ScanResult]]) -> None:
        """A listing's results just scored, stored in a write transaction of their own (the listing's is a reader's)."""
        self._store(fresh)

    def _answers(self, scan_hexes: list[str]) -> dict[str, dict[str, int | None]]:
        with self.db.read() as session:
            return answers_by_scan(session, scan_hexes)

    def _store(self, fresh: list[tuple[ToScore, Answers, ScanResult]]) -> None:
        """Keep what was just scored, checked against the answers as they are inside the writing transaction.

        An answer that changed after it was read (a sync landing meanwhile) makes its hash differ, and that
        result is not kept. A read-only folder or a busy database only means scoring again next time.
        """
        if self.db.read_only:
            return
        table = ScanResultCache
        try:
            with self.db.session() as session:
                now = answers_by_scan(session, [scan.scan_hex for scan, _, _ in fresh])
                rows = [
                    dict(zip(STORED_COLUMNS, stored_row(scan, answers, result), strict=True))
                    for scan, answers, result in fresh
                    if answers_hash(now.get(scan.scan_hex, {}), scan.ambitions) == answers_hash(answers, scan.ambitions)
                ]
                hexes = [row["scan_id"] for row in rows]
                for start in range(0, len(hexes), CHUNK):
                    session.execute(delete(table).where(table.scan_id.in_(hexes[start : start + CHUNK])))
                if rows:
                    session.execute(insert(table), rows)
        except StoreError as error:
            log.warning("scan results not stored: %s", error.in_language("en"))


def answers_by_scan(session: Session, scan_hexes: list[str]) -> dict[str, dict[str, int | None]]:
    """Given answers (a score, or ``None`` for n.a.) per scan, keyed by the scan's stored hex id."""
    scan_hex = type_coerce(Answer.scan_id, String)
    query = select(scan_hex, Answer.item_id, Answer.score, Answer.not_applicable).where(
        Answer.score.is_not(None) | Answer.not_applicable
    )
    found: dict[str, dict[str, int | None]] = defaultdict(dict)
    for start in range(0, len(scan_hexes), CHUNK):
        for scan, item_id, score, not_applicable in session.execute(query.where(scan_hex.in_(scan_hexes[start : start + CHUNK]))):
            found[scan][item_id] = scoring_value(score, not_applicable)
    return found

"""The listing of every scan as plain SQL over the driver's connection (``Database.plain_read``).

The Scans page and ``scans list`` read every live scan; through the ORM, building 10,000 rows (each
with its UUIDs and datetimes converted by SQLAlchemy) cost more than the query itself. These
statements return plain tuples in the columns' stored form: ids as 32 hex digits, moments as naive
UTC text, booleans as 0/1; ``services.scans`` turns only what it hands out into values.

The stored results of the scans, drafts' and completed ones' (``scan_result``, ``services.result_cache``:
basis, answered, index, stage and the result), are read by a second statement in the same transaction,
not joined: the sort of the rows would carry them along (a fifth more time). Results a listing had to
score are stored on its own connection too (:func:`keep_results`).
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from ..domain.scoring import scoring_value

CHUNK = 500
"""Ids per ``IN (...)``: well below SQLite's limit on bound parameters."""

SCANS = (
    "SELECT s.id, s.company_id, c.name, c.kvk, c.sector, s.status, s.advisor, s.started_at, s.completed_at,"
    " s.revision_of_id, s.follow_up_of_id, s.questionnaire_id, s.questionnaire_version"
    " FROM scan AS s JOIN company AS c ON c.id = s.company_id"
    " WHERE s.deleted = 0 AND c.deleted = 0{only}"
    " ORDER BY s.started_at DESC, s.id"
)
"""Every live scan of a live company, newest first (as the ORM listing ordered them); the ambitions, which
only scoring reads, are read for the scans to score (:func:`given_ambitions`)."""

ID, COMPANY_ID, NAME, KVK, SECTOR, STATUS, ADVISOR, STARTED_AT, COMPLETED_AT = range(9)
REVISION_OF_ID, FOLLOW_UP_OF_ID, QUESTIONNAIRE_ID, QUESTIONNAIRE_VERSION = range(9, 13)
"""Positions in a row of :data:`SCANS`."""

STORED = "SELECT scan_id, answered, sii, stage, result FROM scan_result WHERE basis = ?"
ANSWERED, SII, STAGE, RESULT = range(1, 5)
"""Positions in a row of :data:`STORED`, a stored result with its headline, of the basis asked for."""

STORED_HEADLINES = "SELECT scan_id, answered, sii, stage FROM scan_result WHERE basis = ?"
""":data:`STORED` without the result itself (6 MB of text at 10,000 scans), for a listing that shows none.

Asked per basis (a listing's scans name one or two), so that SQLite compares each stored basis and the
driver makes no text of it for each of 10,000 rows."""


def listed_scans(connection: sqlite3.Connection, company_hex: str | None = None, status: str | None = None) -> list[Any]:
    """The rows of :data:`SCANS`, of one company and one status when given."""
    only = ""
    values: dict[str, str] = {}
    if company_hex is not None:
        only += " AND s.company_id = :company"
        values["company"] = company_hex
    if status is not None:
        only += " AND s.status = :status"
        values["status"] = status
    return connection.execute(SCANS.format(only=only), values).fetchall()


def given_answers(connection: sqlite3.Connection, scan_hexes: Sequence[str]) -> dict[str, dict[str, int | None]]:
    """Answered items (a score, or ``None`` for n.a.) per scan, keyed by the scan's stored hex id."""
    found: dict[str, dict[str, int | None]] = defaultdict(dict)
    for chunk in _chunks(scan_hexes):
        marks = ",".join("?" * len(chunk))
        for scan_hex, item_id, score, not_applicable in connection.execute(
            "SELECT scan_id, item_id, score, not_applicable FROM answer"
            f" WHERE scan_id IN ({marks}) AND (score IS NOT NULL OR not_applicable)",
            chunk,
        ):
            found[scan_hex][item_id] = scoring_value(score, bool(not_applicable))
    return found


def given_ambitions(connection: sqlite3.Connection, scan_hexes: Sequence[str]) -> dict[str, str | None]:
    """The ambitions of these scans as stored (JSON text), keyed by the scan's stored hex id."""
    found: dict[str, str | None] = {}
    for chunk in _chunks(scan_hexes):
        marks = ",".join("?" * len(chunk))
        found.update(connection.execute(f"SELECT id, ambitions FROM scan WHERE id IN ({marks})", chunk))
    return found


def stored_results(
    connection: sqlite3.Connection, bases: Iterable[str], scan_hexes: Sequence[str] | None, *, texts: bool = True
) -> dict[str, dict[str, Any]]:
    """Per basis, the rows of :data:`STORED` (without ``texts``: of :data:`STORED_HEADLINES`) stored on it by scan
    (hex id), for these scans (every one when ``None``); a row of another basis is stale and not read."""
    statement = STORED if texts else STORED_HEADLINES
    found: dict[str, dict[str, Any]] = {}
    for basis in bases:
        if scan_hexes is None:
            found[basis] = {row[0]: row for row in connection.execute(statement, (basis,))}
            continue
        of_basis = found[basis] = {}
        for chunk in _chunks(scan_hexes):
            marks = ",".join("?" * len(chunk))
            of_basis.update((row[0], row) for row in connection.execute(f"{statement} AND scan_id IN ({marks})", (basis, *chunk)))
    return found


KEEP = (
    "INSERT OR REPLACE INTO scan_result (scan_id, basis, answers_hash, answered, sii, stage, result) VALUES (?, ?, ?, ?, ?, ?, ?)"
)
"""One freshly scored result (``result_codec.stored_row``), over a stale one of the same scan."""


def keep_results(connection: sqlite3.Connection, rows: Sequence[Sequence[Any]]) -> bool:
    """Store these results in the connection's open read transaction, which its owner ends; ``False`` if it cannot now.

    Written in the transaction the listing read in, the rows were scored from what that transaction sees,
    and SQLite lets a reader write only while nobody has committed since it began (WAL): so a stored row
    is always the result of its scan's answers then, and a change landing meanwhile (an autosave, a sync)
    makes the write fail at once, without waiting for the lock as a new transaction would. A locked or
    changed database, or any other failure, leaves the transaction as it was: the listing goes on, and
    the next one scores those scans again. Freed pages are zeroed, as on every connection that writes.
    """
    (query_only,) = connection.execute("PRAGMA query_only").fetchone()
    connection.execute("PRAGMA query_only=OFF")  # the plain reader's (``store.plain``) is set for reading
    try:
        connection.execute("PRAGMA secure_delete=ON")
        connection.execute("SAVEPOINT keep_results")
        try:
            connection.executemany(KEEP, rows)
        except sqlite3.Error:
            connection.execute("ROLLBACK TO keep_results")
            return False
        finally:
            connection.execute("RELEASE keep_results")
    finally:
        connection.execute(f"PRAGMA query_only={int(query_only)}")
    return True


COMPLETED_SCANS_STATE = "SELECT value FROM workspace_setting WHERE key = 'completed_scans_state'"


def completed_scans_state(connection: sqlite3.Connection) -> str | None:
    """A token that changes whenever what the benchmark groups are made of changes (migration 0010's triggers).

    The completed scans (which are live and current, their company, completion, questionnaire and
    answers) and their companies' sectors; a draft's autosave leaves it. ``None`` when the token is
    missing: then nothing kept with a state may be trusted.
    """
    row = connection.execute(COMPLETED_SCANS_STATE).fetchone()
    return None if row is None else str(row[0])


def _chunks(values: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]

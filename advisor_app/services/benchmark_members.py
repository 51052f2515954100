"""The local benchmark groups' inputs, kept in the data folder for the next process.

Before a first sync the groups are built from every current completed scan. Reading their stored results
back (``services.result_cache``) still decodes 10,000 whole results, so a command that writes one report
spent two seconds on it before its first page. What the groups and the population are made of is much
less: per scan its company, sector, completion, index, output mean and dimension scores. That is kept here
as one compact text in ``workspace_setting``, with the state of the completed scans it was read at
(``store.listing.completed_scans_state``, a token migration 0010's triggers change with anything the
members are made of, and not with a draft's autosave) and the questionnaire's scoring basis; a process
that finds the same state and basis builds the groups from it, exactly as from the results (floats survive
JSON unchanged). A member's ``result`` then holds only those parts: no priorities, strengths or stages.

Reading the 10,000 members back was still a seventh of a report command's CPU, for one company's groups;
the command keeps beside them the groups' exact sums at the same state (:func:`keep_sums`,
``domain.benchmark_sums``), and a later command leaves its company out of those.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ..domain.benchmark_sums import Counted, GroupSum, Sums
from ..domain.benchmarks import Member
from ..domain.questionnaire import Questionnaire
from ..domain.scoring import DimensionScore, ScanResult
from ..errors import StoreError
from .result_codec import basis_of

if TYPE_CHECKING:
    from ..store.database import Database

log = logging.getLogger(__name__)

KEY = "benchmark_members"
SUMS_KEY = "benchmark_sums"
"""The groups over every member as exact sums (``domain.benchmark_sums``) at a state of the completed scans: a
report as a command leaves its company out of them without reading the members (a seventh of its CPU)."""

_READ = "SELECT value FROM workspace_setting WHERE key = ?"
_WRITE = "INSERT INTO workspace_setting (key, value) VALUES (:key, :value) ON CONFLICT (key) DO UPDATE SET value = excluded.value"
_WRITE_PLAIN = "INSERT INTO workspace_setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"


def kept_members(connection: sqlite3.Connection, questionnaire: Questionnaire, state: str | None) -> list[Member] | None:
    """The members kept for this questionnaire at this state of the completed scans, else ``None``."""
    try:
        kept = _kept_at(connection, KEY, questionnaire, state)
        if kept is None:
            return None
        parts = [DimensionScore(*part) for part in kept["parts"]]
        return [
            Member(
                company_id,
                sector,
                datetime.fromisoformat(completed_at),
                scan_id,
                _benchmark_part(tuple(parts[i] for i in dimensions), sii, output_mean),
            )
            for company_id, sector, completed_at, scan_id, sii, output_mean, dimensions in kept["members"]
        ]
    except (ValueError, KeyError, TypeError, IndexError):
        return None  # written by another version of the app: built again and kept anew


def keep_members(db: Database, questionnaire: Questionnaire, state: str | None, members: Sequence[Member]) -> None:
    """Keep ``members`` as read at ``state``; a read-only folder or a busy database only means building them again.

    ``state`` was read before the members: a change committed in between moved the state on, so what is kept
    here is never taken for a later state (it is built again once more instead).
    """
    if db.read_only or state is None:
        return
    parts: dict[DimensionScore, int] = {}
    rows = [
        [
            m.company_id,
            m.sector,
            m.completed_at.isoformat(),
            m.scan_id,
            m.result.sii,
            m.result.output_mean,
            [parts.setdefault(d, len(parts)) for d in m.result.dimensions],
        ]
        for m in members
    ]
    value = json.dumps(
        {
            "basis": basis_of(questionnaire),
            "state": state,
            "parts": [[d.dimension_id, d.scored, d.not_applicable, d.total, d.mean] for d in parts],
            "members": rows,
        },
        separators=(",", ":"),
    )
    from sqlalchemy import text  # here: the reader serves the report command, which loads no SQLAlchemy

    try:
        with db.statements() as connection:
            connection.execute(text(_WRITE), {"key": KEY, "value": value})
    except StoreError as error:
        log.warning("benchmark inputs not kept: %s", error.in_language("en"))


def keep_sums(connection: sqlite3.Connection, questionnaire: Questionnaire, state: str, summed: Sums) -> None:
    """Keep ``summed`` in the connection's open read transaction (its owner commits), as read at ``state``.

    The report command makes them from the members kept at this state, the first time it finds none, and
    keeps them for the next command: the running app, which builds the groups from the members it holds,
    never pays for them. As ``store.listing.keep_results``: written in the transaction the members were read
    in, so a change committed meanwhile makes the write fail at once, and then nothing is kept.
    """
    words = {sector for sector, _, _ in summed.counted.values()} | {
        dim for group in summed.groups.values() for dim in group.means
    }
    if any(len(word.split()) != 1 for word in words):
        return  # words the texts could not tell apart: the members alone serve
    value = json.dumps(
        {
            "basis": basis_of(questionnaire),
            "state": state,
            "groups": [
                [key, g.n, g.sii, [[dim, total, count] for dim, (total, count) in g.means.items()], list(g.first)]
                for key, g in summed.groups.items()
            ],
            "counted": {company_id: _counted_text(counted) for company_id, counted in summed.counted.items()},
            "composites": summed.composites,
        },
        separators=(",", ":"),
    )
    (query_only,) = connection.execute("PRAGMA query_only").fetchone()
    connection.execute("PRAGMA query_only=OFF")  # the plain reader's (``store.plain``) is set for reading
    try:
        connection.execute("SAVEPOINT keep_sums")
        try:
            connection.execute(_WRITE_PLAIN, (SUMS_KEY, value))
        except sqlite3.Error as error:
            connection.execute("ROLLBACK TO keep_sums")
            log.info("benchmark sums not kept: %s", error)
        finally:
            connection.execute("RELEASE keep_sums")
    finally:
        connection.execute(f"PRAGMA query_only={int(query_only)}")


def kept_sums(connection: sqlite3.Connection, questionnaire: Questionnaire, state: str | None) -> Sums | None:
    """The groups' sums kept for this questionnaire at this state of the completed scans, else ``None``."""
    try:
        kept = _kept_at(connection, SUMS_KEY, questionnaire, state)
        if kept is None:
            return None
        groups = {
            key: GroupSum(n, sii, {dim: (total, count) for dim, total, count in means}, tuple(first))
            for key, n, sii, means, first in kept["groups"]
        }
        return Sums(groups, _KeptCounted(kept["counted"]), tuple(kept["composites"]))
    except (ValueError, KeyError, TypeError):
        return None  # written by another version of the app: the members are read instead


def _kept_at(connection: sqlite3.Connection, key: str, questionnaire: Questionnaire, state: str | None) -> Any:
    """What is kept under ``key`` if it was kept for this questionnaire's basis at this state, else ``None``.

    Raises what ``json`` and the lookups raise on a text another version of the app wrote; the callers read
    the rest of it and take any of those errors as "nothing kept".
    """
    row = None if state is None else connection.execute(_READ, (key,)).fetchone()
    if row is None:
        return None
    kept = json.loads(row[0])
    if kept["basis"] != basis_of(questionnaire) or kept["state"] != state:
        return None
    return kept


def _counted_text(counted: Counted) -> str:
    """A company's entry in the kept sums as one text, its words the sector, the index, and dimensions with means.

    As a JSON list each it took 30 ms of a report command to read 10,000 of them, for the one it needs;
    as a text each, 4 ms, and the one is split when asked for (``repr`` writes a float back exactly).
    """
    sector, sii, dims = counted
    return " ".join([sector, repr(sii), *(f"{dim} {mean!r}" for dim, mean in dims)])


class _KeptCounted(Mapping[str, Counted]):
    """The kept sums' companies, each read from its text (:func:`_counted_text`) when asked for."""

    def __init__(self, texts: dict[str, str]) -> None:
        self.texts = texts

    def __getitem__(self, company_id: str) -> Counted:
        sector, sii, *dims = self.texts[company_id].split(" ")
        return sector, float(sii), tuple((dims[i], float(dims[i + 1])) for i in range(0, len(dims), 2))

    def __iter__(self) -> Iterator[str]:
        return iter(self.texts)

    def __len__(self) -> int:
        return len(self.texts)


def _benchmark_part(dimensions: tuple[DimensionScore, ...], sii: float | None, output_mean: float | None) -> ScanResult:
    return ScanResult(
        dimensions=dimensions,
        sii=sii,
        stage=None,
        uncapped_stage=None,
        weakest_dimension=None,
        spread=None,
        strengths=(),
        priorities=(),
        adopter_category=None,
        value_chain=None,
        output_mean=output_mean,
    )

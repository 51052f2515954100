"""Stored results of completed scans: derived values kept so 10,000 scans need not be scored at every look.

A completed scan is frozen, so its result never changes while its questionnaire version and the scoring
model stay the same. Results stay *derived*: the table ``scan_result`` only remembers what
:func:`~advisor_app.domain.scoring.score_scan` returned, and an entry is used only when its ``basis``
(questionnaire ``id@version``, the version's content hash and :data:`SCORING_MODEL`) equals the scan's
now. Triggers in the database (migration 0007) drop a scan's entry whenever one of its answers or its
ambitions, status or questionnaire change, by whichever path (services, sync, import, a repair by hand),
so a lookup never has to read the answers back; ``answers_hash`` records what the entry was scored from.
A missing or stale entry is scored again and stored (unless the database is read-only).

Only the benchmark-free result is stored (no sector group, no Rogers population): that is what listings
and the benchmark groups use. A results screen or report still scores its one scan with the benchmarks.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import String, delete, insert, select, type_coerce
from sqlalchemy.orm import Session

from ..domain.questionnaire import Questionnaire
from ..domain.recommendations import Recommendation
from ..domain.records import scoring_value
from ..domain.scoring import DimensionScore, Priority, ScanResult, ValueChain, score_scan
from ..errors import StoreError
from ..store.database import Database
from ..store.models import Answer, Scan, ScanResultCache

log = logging.getLogger(__name__)

SCORING_MODEL = "1"
"""Raise this when ``domain.scoring`` or ``domain.recommendations`` changes what a result holds or how it is
computed: every stored result then counts as stale and is scored again."""

Answers = Mapping[str, int | None]
CHUNK = 500
"""Ids per ``IN (...)``: well below SQLite's limit on bound parameters."""


def basis_of(questionnaire: Questionnaire) -> str:
    """What a stored result was scored against; an entry with another basis is never used."""
    return f"{questionnaire.key}#{questionnaire.sha256}#{SCORING_MODEL}"


def answers_hash(answers: Answers, ambitions: Mapping[str, int]) -> str:
    """SHA-256 of the scoring inputs of one scan, in canonical JSON."""
    inputs = {"answers": dict(answers), "ambitions": {str(k): int(v) for k, v in ambitions.items()}}
    return hashlib.sha256(json.dumps(inputs, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def encode(result: ScanResult) -> str:
    """A benchmark-free result as compact JSON; texts are left out (they come back from the questionnaire)."""
    chain = result.value_chain
    return json.dumps(
        [
            [_compact([d.dimension_id, d.scored, d.not_applicable, d.total, d.mean]) for d in result.dimensions],
            result.sii,
            result.stage,
            result.uncapped_stage,
            result.weakest_dimension,
            result.spread,
            list(result.strengths),
            [_compact([p.dimension_id, p.value, p.mean, p.ambition, _given(p)]) for p in result.priorities],
            result.adopter_category,
            None if chain is None else [dict(chain.means), chain.weakest],
            dict(result.innovation_types),
            result.output_mean,
            result.uncapped_adopter_category,
        ],
        separators=(",", ":"),
    )


def decode(questionnaire: Questionnaire, stored: str) -> ScanResult:
    """The result :func:`encode` wrote, with the questionnaire's texts put back in."""
    fields = json.loads(stored)
    dimensions, sii, stage, uncapped, weakest, spread, strengths, priorities, adopter, chain, types, output, last = fields
    shared = _shared(questionnaire)
    return ScanResult(
        dimensions=tuple(shared.dimension(d) for d in dimensions),
        sii=sii,
        stage=stage,
        uncapped_stage=uncapped,
        weakest_dimension=weakest,
        spread=spread,
        strengths=tuple(strengths),
        priorities=tuple(shared.priority(p) for p in priorities),
        adopter_category=adopter,
        value_chain=None if chain is None else ValueChain(chain[0], chain[1]),
        innovation_types=types,
        output_mean=output,
        uncapped_adopter_category=last,
    )


def _given(priority: Priority) -> list[list[Any]]:
    return [[r.item_id, r.score, r.max_score] for r in priority.recommendations]


def _compact(values: list[Any]) -> str:
    """One dimension score or priority as its own small JSON text: equal parts of many results decode once."""
    return json.dumps(values, separators=(",", ":"))


class _Shared:
    """The decoded parts of one questionnaire version's results, shared between results.

    Of 10,000 demo scans' 55,000 dimension scores only 180 differ, and of their 45,000 priorities 4,800;
    the parts are immutable, so equal ones are decoded once and the same object is used again.
    """

    LIMIT = 200_000
    """Parts kept at most; then the memory starts again from nothing."""

    def __init__(self, questionnaire: Questionnaire) -> None:
        self.dimensions = {d.id: d for d in questionnaire.dimensions}
        self.actions = {(item.id, a.max_score): a for item in questionnaire.items() for a in item.actions}
        self.parts: dict[str, Any] = {}

    def dimension(self, stored: str) -> DimensionScore:
        found = self.parts.get(stored)
        if found is None:
            found = self._keep(stored, DimensionScore(*json.loads(stored)))
        return cast(DimensionScore, found)

    def priority(self, stored: str) -> Priority:
        found = self.parts.get(stored)
        if found is None:
            dimension_id, value, mean, ambition, given = json.loads(stored)
            dimension = self.dimensions[dimension_id]
            recommendations = tuple(
                Recommendation(item_id, score, action.text, action.source, max_score)
                for item_id, score, max_score in given
                for action in (self.actions[(item_id, max_score)],)
            )
            actions = dimension.actions or tuple(r.text for r in recommendations)
            found = self._keep(
                stored, Priority(dimension_id, value, mean, ambition, None, dimension.intervention, actions, recommendations)
            )
        return cast(Priority, found)

    def _keep(self, stored: str, part: object) -> object:
        if len(self.parts) >= self.LIMIT:
            self.parts = {}
        self.parts[stored] = part
        return part


_SHARED: dict[str, _Shared] = {}


def _shared(questionnaire: Questionnaire) -> _Shared:
    basis = basis_of(questionnaire)
    found = _SHARED.get(basis)
    if found is None:
        found = _SHARED[basis] = _Shared(questionnaire)
    return found


@dataclass(frozen=True)
class Outcome:
    """A scan's result as a listing needs it: the headline at once, the whole result when asked."""

    answered: int
    sii: float | None
    stage: str | None
    result: Callable[[], ScanResult]

    @classmethod
    def of(cls, answered: int, result: ScanResult) -> Outcome:
        return cls(answered, result.sii, result.stage, lambda: result)

    @classmethod
    def stored(cls, questionnaire: Questionnaire, answered: int, sii: float | None, stage: str | None, text: str) -> Outcome:
        return cls(answered, sii, stage, lambda: decode(questionnaire, text))


@dataclass(frozen=True)
class Completed:
    """What scoring one completed scan needs: its id (stored hex form), questionnaire and ambitions.

    The ambitions stay the stored JSON text until a result has to be scored: most never are.
    """

    scan_hex: str
    questionnaire: Questionnaire
    ambitions_text: str | None

    @property
    def ambitions(self) -> dict[str, int]:
        return ambitions_of(self.ambitions_text)


def ambitions_of(stored: str | None) -> dict[str, int]:
    """A scan's ambitions from their stored JSON text (read raw, ``AMBITIONS_TEXT``)."""
    return {str(k): int(v) for k, v in json.loads(stored or "{}").items()}


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

    def results(self, completed: Iterable[Completed], answers_of: Mapping[str, Answers] | None = None) -> dict[str, Outcome]:
        """The outcome of each completed scan (by hex id): stored where fresh, else scored now and stored.

        ``answers_of`` may hold answers already read; otherwise they are read here, only for scans to score.
        """
        scans = list(completed)
        stored = self.stored(None if len(scans) > CHUNK else [s.scan_hex for s in scans])
        found: dict[str, Outcome] = {}
        to_score: list[Completed] = []
        for scan in scans:
            entry = stored.get(scan.scan_hex)
            if entry is not None and entry[0] == basis_of(scan.questionnaire):
                found[scan.scan_hex] = Outcome.stored(scan.questionnaire, *entry[1:])
            else:
                to_score.append(scan)
        if to_score:
            given = answers_of if answers_of is not None else self._answers([s.scan_hex for s in to_score])
            fresh = []
            for scan in to_score:
                answers = given.get(scan.scan_hex, {})
                result = score_scan(scan.questionnaire, answers, scan.ambitions)
                found[scan.scan_hex] = Outcome.of(len(answers), result)
                fresh.append((scan, answers, result))
            self._store(fresh)
        return found

    def _answers(self, scan_hexes: list[str]) -> dict[str, dict[str, int | None]]:
        with self.db.read() as session:
            return answers_by_scan(session, scan_hexes)

    def _store(self, fresh: list[tuple[Completed, Answers, ScanResult]]) -> None:
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
                    {
                        "scan_id": scan.scan_hex,
                        "basis": basis_of(scan.questionnaire),
                        "answers_hash": answers_hash(answers, scan.ambitions),
                        "answered": len(answers),
                        "sii": result.sii,
                        "stage": result.stage,
                        "result": encode(result),
                    }
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

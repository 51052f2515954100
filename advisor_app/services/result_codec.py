"""What a stored result of a scan is: its basis, the compact JSON it is kept as, and its row of ``scan_result``.

The part of ``services.result_cache`` that needs no database, so the listing's plain path
(``services.scan_listing`` through ``store.plain``) can read stored results without loading SQLAlchemy.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, cast

from ..domain.questionnaire import Questionnaire
from ..domain.recommendations import Recommendation
from ..domain.scoring import DimensionScore, Priority, ScanResult, ValueChain

SCORING_MODEL = "1"
"""Raise this when ``domain.scoring`` or ``domain.recommendations`` changes what a result holds or how it is
computed: every stored result then counts as stale and is scored again."""

Answers = Mapping[str, int | None]


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
class ToScore:
    """What scoring one scan (a draft or a completed one) needs: its id (stored hex form), questionnaire and ambitions.

    The ambitions stay the stored JSON text until a result has to be scored: most never are.
    """

    scan_hex: str
    questionnaire: Questionnaire
    ambitions_text: str | None

    @property
    def ambitions(self) -> dict[str, int]:
        return ambitions_of(self.ambitions_text)


StoredRow = tuple[str, str, str, int, "float | None", "str | None", str]
"""A row of ``scan_result`` in the order of :data:`STORED_COLUMNS`."""

STORED_COLUMNS = ("scan_id", "basis", "answers_hash", "answered", "sii", "stage", "result")


def stored_row(scan: ToScore, answers: Answers, result: ScanResult) -> StoredRow:
    """What ``scan_result`` keeps of a result just scored from ``answers``: both writers store this row."""
    return (
        scan.scan_hex,
        basis_of(scan.questionnaire),
        answers_hash(answers, scan.ambitions),
        len(answers),
        result.sii,
        result.stage,
        encode(result),
    )


def ambitions_of(stored: str | None) -> dict[str, int]:
    """A scan's ambitions from their stored JSON text (read raw, ``AMBITIONS_TEXT``)."""
    return {str(k): int(v) for k, v in json.loads(stored or "{}").items()}

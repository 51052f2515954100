"""The scoring model of the innovation basic scan (see docs/scoring.md).

Pure functions from answers to a :class:`ScanResult`. The result is always
derived: what the device keeps of it (``services.result_cache``) and what the
server keeps for its groups are caches keyed by the questionnaire version and
``services.result_codec.SCORING_MODEL``, so a corrected rule re-scores every scan at once and the
server, which imports this module, can never disagree with the device.
Rogers' adopter categories are in :mod:`.adoption`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from .adoption import ADOPTER_ORDER, Population, adopter_category, adoption_composite
from .questionnaire import CHAINS, Dimension, Questionnaire
from .recommendations import Recommendation, recommend
from .text import Text

STAGE_BOUNDS = (1.8, 2.6, 3.4, 4.2)
STAGES = ("starting", "aware", "developing", "systematic", "front_runner")
STAGE_NAMES = {
    "starting": Text("Startend", "Starting"),
    "aware": Text("Bewust", "Aware"),
    "developing": Text("In ontwikkeling", "Developing"),
    "systematic": Text("Systematisch", "Systematic"),
    "front_runner": Text("Koploper", "Front-runner"),
}
UNBALANCED_SPREAD = 1.5
STRENGTH_THRESHOLD = 3.4
MAX_STRENGTHS = 2
IMPROVEMENT_AREAS = 2
DEFAULT_AMBITION = 2
BENCHMARK_MIN_N = 10
CHAIN_WEAKNESS = {
    "ideas": Text("ideeënarm", "idea-poor"),
    "conversion": Text("omzettingsarm", "conversion-poor"),
    "diffusion": Text("verspreidingsarm", "diffusion-poor"),
}

Answers = Mapping[str, int | None]
"""Item id to score 1-5, or ``None`` for "don't know / n.a."; missing items are unanswered."""


def scoring_value(score: int | None, not_applicable: bool) -> int | None:
    """An answered item as the scoring reads it: its score, or ``None`` for n.a."""
    return None if not_applicable else score


def scoring_answers(answers: Iterable[tuple[str, int | None, bool]]) -> dict[str, int | None]:
    """``(item_id, score, not_applicable)`` rows as the scoring's map; a row that answers nothing is left out."""
    return {item_id: scoring_value(score, na) for item_id, score, na in answers if na or score is not None}


def to_percent(mean: float) -> float:
    """Map a 1-5 mean to the 0-100 scale shown to users."""
    return (mean - 1.0) * 25.0


def spread_points(spread: float) -> float:
    """A distance between two 1-5 means (a profile's spread) in points of the 0-100 scale."""
    return to_percent(1.0 + spread) - to_percent(1.0)


def stage_index(mean: float) -> int:
    value = round(mean, 9)
    return sum(1 for bound in STAGE_BOUNDS if value >= bound)


def stage_of(mean: float) -> str:
    return STAGES[stage_index(mean)]


@dataclass(frozen=True)
class DimensionScore:
    dimension_id: str
    scored: int
    not_applicable: int
    total: int
    mean: float | None
    """Weighted mean on 1-5, or ``None`` when fewer than ``min_answered`` items have a score."""

    @property
    def sufficient(self) -> bool:
        return self.mean is not None

    @property
    def percent(self) -> float | None:
        return None if self.mean is None else to_percent(self.mean)

    @property
    def stage(self) -> str | None:
        return None if self.mean is None else stage_of(self.mean)


@dataclass(frozen=True)
class BenchmarkGroup:
    """Mean per dimension over a group of completed scans; shown only when ``n`` is large enough."""

    key: str
    n: int
    """How many companies the group holds (one scan each: its latest completed one)."""
    means: Mapping[str, float]
    sii: float | None = None
    counts: Mapping[str, int] = field(default_factory=dict)
    """Companies behind each dimension's mean where fewer than ``n`` (an output dimension without enough answers)."""

    def count(self, dimension_id: str) -> int:
        return self.counts.get(dimension_id, self.n)

    @property
    def shown(self) -> bool:
        return self.n >= BENCHMARK_MIN_N


@dataclass(frozen=True)
class Priority:
    dimension_id: str
    value: float
    mean: float
    ambition: int
    benchmark_mean: float | None
    intervention: str
    actions: tuple[Text, ...]
    """The recommended actions' texts (what a plan starts from)."""
    recommendations: tuple[Recommendation, ...] = ()
    """The same actions with the item, the score that triggered each and its source (format 2 definitions)."""


@dataclass(frozen=True)
class ValueChain:
    means: Mapping[str, float]
    weakest: str
    """The first link with the lowest mean (kept for the export); prefer :attr:`weak_links`."""

    @property
    def weak_links(self) -> tuple[str, ...]:
        """Every link tied for the lowest mean, in chain order; none when even the lowest is strong (3.4+)."""
        low = round(min(self.means.values()), 9)
        if low >= STRENGTH_THRESHOLD:
            return ()
        return tuple(chain for chain in CHAINS if round(self.means[chain], 9) == low)


@dataclass(frozen=True)
class ScanResult:
    dimensions: tuple[DimensionScore, ...]
    sii: float | None
    stage: str | None
    uncapped_stage: str | None
    weakest_dimension: str | None
    spread: float | None
    strengths: tuple[str, ...]
    priorities: tuple[Priority, ...]
    adopter_category: str | None
    value_chain: ValueChain | None
    innovation_types: Mapping[str, int | None] = field(default_factory=dict)
    output_mean: float | None = None
    uncapped_adopter_category: str | None = None
    """The category before the weakest-link cap (equal to ``adopter_category`` when no cap applied)."""

    @property
    def sii_percent(self) -> float | None:
        return None if self.sii is None else to_percent(self.sii)

    @property
    def capped(self) -> bool:
        return self.stage != self.uncapped_stage

    @property
    def unbalanced(self) -> bool:
        return self.spread is not None and round(self.spread, 9) > UNBALANCED_SPREAD

    @property
    def adopter_capped(self) -> bool:
        return self.adopter_category != self.uncapped_adopter_category

    @property
    def weakest_link_added(self) -> bool:
        """The weakest dimension joins the improvement areas although its priority alone would not place it.

        When it caps the stage or unbalances the profile, leaving it out would contradict
        the warning that the weak parts deserve priority (Volberda's J-curve; docs/scoring.md).
        """
        if self.weakest_dimension is None or not (self.capped or self.unbalanced):
            return False
        ranked = [p.dimension_id for p in self.priorities]
        return self.weakest_dimension in ranked[IMPROVEMENT_AREAS:]

    @property
    def improvement_areas(self) -> tuple[Priority, ...]:
        top = self.priorities[:IMPROVEMENT_AREAS]
        if not self.weakest_link_added:
            return top
        weakest = next(p for p in self.priorities if p.dimension_id == self.weakest_dimension)
        return (*top[: IMPROVEMENT_AREAS - 1], weakest)

    def dimension(self, dimension_id: str) -> DimensionScore:
        for score in self.dimensions:
            if score.dimension_id == dimension_id:
                return score
        raise KeyError(dimension_id)


def score_dimension(dimension: Dimension, answers: Answers, min_answered: int) -> DimensionScore:
    weighted: list[float] = []
    weights: list[float] = []
    not_applicable = 0
    for item in dimension.items:
        if item.id not in answers:
            continue
        score = answers[item.id]
        if score is None:
            not_applicable += 1
            continue
        weighted.append(score * item.weight)
        weights.append(item.weight)
    mean = math.fsum(weighted) / math.fsum(weights) if len(weights) >= min_answered else None
    return DimensionScore(dimension.id, len(weights), not_applicable, len(dimension.items), mean)


class Headline(NamedTuple):
    """What a listing shows of a result (the index and its stage) and what the rest of the result builds on."""

    sii: float | None
    stage: str | None
    uncapped_stage: str | None
    weakest_dimension: str | None
    spread: float | None
    cap_index: int
    """The highest stage (and adopter category) index the weakest capability dimension allows."""


def headline(capability: Sequence[DimensionScore]) -> Headline:
    """The index, its stage capped by the weakest link, the weakest dimension and the spread.

    None of them until every capability dimension has a mean.
    """
    cap_index = len(STAGES) - 1
    if not all(s.mean is not None for s in capability):
        return Headline(None, None, None, None, None, cap_index)
    means = [s.mean for s in capability if s.mean is not None]
    sii = math.fsum(means) / len(means)
    weakest_score = min(capability, key=lambda s: (s.mean, s.dimension_id))
    uncapped_index = stage_index(sii)
    cap_index = min(cap_index, stage_index(min(means)) + 1)
    return Headline(
        sii,
        STAGES[min(uncapped_index, cap_index)],
        STAGES[uncapped_index],
        weakest_score.dimension_id,
        max(means) - min(means),
        cap_index,
    )


def score_scan(
    questionnaire: Questionnaire,
    answers: Answers,
    ambitions: Mapping[str, int] | None = None,
    benchmark: BenchmarkGroup | None = None,
    population: Population | None = None,
) -> ScanResult:
    """Score one scan.

    ``benchmark`` is the sector group (used in priorities only when shown);
    ``population`` holds the adoption composites of the programme's scans, used
    for Rogers percentiles once there are enough of them.
    """
    return _scored(questionnaire, answers, ambitions or {}, benchmark, population, whole=True)


def score_for_groups(questionnaire: Questionnaire, answers: Answers) -> ScanResult:
    """``score_scan(questionnaire, answers)`` as the benchmark groups read it: without strengths, priorities,
    value chain and innovation types (empty), which cost most of a score and which no group reads."""
    return _scored(questionnaire, answers, {}, None, None, whole=False)


def _scored(
    questionnaire: Questionnaire,
    answers: Answers,
    ambitions: Mapping[str, int],
    benchmark: BenchmarkGroup | None,
    population: Population | None,
    *,
    whole: bool,
) -> ScanResult:
    scores = tuple(score_dimension(d, answers, questionnaire.min_answered) for d in questionnaire.dimensions)
    by_id = {s.dimension_id: s for s in scores}
    capability = [by_id[d.id] for d in questionnaire.capability_dimensions]
    output = [by_id[d.id] for d in questionnaire.dimensions if not d.is_capability]
    output_mean = output[0].mean if output else None
    head = headline(capability)
    sii = head.sii
    adopter = uncapped_adopter = None
    if sii is not None:
        uncapped_adopter = adopter_category(adoption_composite(sii, output_mean), population)
        adopter = ADOPTER_ORDER[min(ADOPTER_ORDER.index(uncapped_adopter), head.cap_index)]
    return ScanResult(
        dimensions=scores,
        sii=sii,
        stage=head.stage,
        uncapped_stage=head.uncapped_stage,
        weakest_dimension=head.weakest_dimension,
        spread=head.spread,
        strengths=_strengths(capability) if whole else (),
        priorities=_priorities(questionnaire, by_id, answers, ambitions, benchmark) if whole else (),
        adopter_category=adopter,
        value_chain=_value_chain(questionnaire, answers) if whole else None,
        innovation_types=_innovation_types(questionnaire, answers) if whole else {},
        output_mean=output_mean,
        uncapped_adopter_category=uncapped_adopter,
    )


def _innovation_types(questionnaire: Questionnaire, answers: Answers) -> dict[str, int | None]:
    return {item.innovation_type: answers.get(item.id) for item in questionnaire.items() if item.innovation_type is not None}


def _strengths(capability: Sequence[DimensionScore]) -> tuple[str, ...]:
    return tuple(
        s.dimension_id
        for s in sorted(
            (s for s in capability if s.mean is not None and round(s.mean, 9) >= STRENGTH_THRESHOLD),
            key=lambda s: -(s.mean or 0.0),
        )[:MAX_STRENGTHS]
    )


def _priorities(
    questionnaire: Questionnaire,
    scores: Mapping[str, DimensionScore],
    answers: Answers,
    ambitions: Mapping[str, int],
    benchmark: BenchmarkGroup | None,
) -> tuple[Priority, ...]:
    ranked: list[tuple[float, int, Priority]] = []
    for order, dimension in enumerate(questionnaire.capability_dimensions):
        mean = scores[dimension.id].mean
        if mean is None:
            continue
        ambition = ambitions.get(dimension.id, DEFAULT_AMBITION)
        reference = benchmark.means.get(dimension.id) if benchmark is not None and benchmark.shown else None
        gap = max(0.0, reference - mean) if reference is not None else 0.0
        value = (5.0 - mean) * ambition * (1.0 + gap / 4.0)
        if value <= 0:
            continue
        recommendations = recommend(dimension, answers)
        actions = dimension.actions or tuple(r.text for r in recommendations)
        priority = Priority(dimension.id, value, mean, ambition, reference, dimension.intervention, actions, recommendations)
        ranked.append((-round(value, 9), order, priority))
    return tuple(p for _, _, p in sorted(ranked, key=lambda r: (r[0], r[1])))


def _value_chain(questionnaire: Questionnaire, answers: Answers) -> ValueChain | None:
    collected: dict[str, list[int]] = {chain: [] for chain in CHAINS}
    for item in questionnaire.chain_items:
        score = answers.get(item.id)
        if item.chain is not None and score is not None:
            collected[item.chain].append(score)
    if not all(collected.values()):
        return None
    means = {chain: math.fsum(v) / len(v) for chain, v in collected.items()}
    weakest = min(CHAINS, key=lambda chain: (means[chain], CHAINS.index(chain)))
    return ValueChain(means, weakest)

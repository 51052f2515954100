"""The scoring model of the innovation basic scan (see docs/scoring.md).

Pure functions from answers to a :class:`ScanResult`. The result is always
derived, never stored, so a corrected rule re-scores every scan at once and
the server, which imports this module, can never disagree with the device.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from .questionnaire import CHAINS, Dimension, Questionnaire
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
ADOPTER_PERCENTILE_MIN_N = 30
OUTPUT_WEIGHT_IN_ADOPTION = 0.25
ADOPTER_BANDS = ((4.2, "innovator"), (3.5, "early_adopter"), (2.7, "early_majority"), (1.9, "late_majority"))
ROGERS_CUMULATIVE = ((0.025, "innovator"), (0.16, "early_adopter"), (0.50, "early_majority"), (0.84, "late_majority"))
ADOPTER_NAMES = {
    "innovator": Text("Innovator", "Innovator"),
    "early_adopter": Text("Vroege adopter", "Early adopter"),
    "early_majority": Text("Vroege meerderheid", "Early majority"),
    "late_majority": Text("Late meerderheid", "Late majority"),
    "laggard": Text("Achterblijver", "Laggard"),
}
CHAIN_WEAKNESS = {
    "ideas": Text("ideeënarm", "idea-poor"),
    "conversion": Text("omzettingsarm", "conversion-poor"),
    "diffusion": Text("verspreidingsarm", "diffusion-poor"),
}

Answers = Mapping[str, int | None]
"""Item id to score 1-5, or ``None`` for "don't know / n.a."; missing items are unanswered."""


def to_percent(mean: float) -> float:
    """Map a 1-5 mean to the 0-100 scale shown to users."""
    return (mean - 1.0) * 25.0


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
    means: Mapping[str, float]
    sii: float | None = None

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


@dataclass(frozen=True)
class ValueChain:
    means: Mapping[str, float]
    weakest: str


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
    def improvement_areas(self) -> tuple[Priority, ...]:
        return self.priorities[:IMPROVEMENT_AREAS]

    def dimension(self, dimension_id: str) -> DimensionScore:
        for score in self.dimensions:
            if score.dimension_id == dimension_id:
                return score
        raise KeyError(dimension_id)

    def capability_means(self) -> dict[str, float]:
        return {d.dimension_id: d.mean for d in self.dimensions if d.mean is not None}


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


def score_scan(
    questionnaire: Questionnaire,
    answers: Answers,
    ambitions: Mapping[str, int] | None = None,
    benchmark: BenchmarkGroup | None = None,
    population: Sequence[float] | None = None,
) -> ScanResult:
    """Score one scan.

    ``benchmark`` is the sector group (used in priorities only when shown);
    ``population`` holds the adoption composites of the programme's scans, used
    for Rogers percentiles once there are enough of them.
    """
    scores = tuple(score_dimension(d, answers, questionnaire.min_answered) for d in questionnaire.dimensions)
    by_id = {s.dimension_id: s for s in scores}
    capability = [by_id[d.id] for d in questionnaire.capability_dimensions]
    output = [by_id[d.id] for d in questionnaire.dimensions if not d.is_capability]
    output_mean = output[0].mean if output else None

    sii = stage = uncapped = weakest = spread = None
    if all(s.mean is not None for s in capability):
        means = [s.mean for s in capability if s.mean is not None]
        sii = math.fsum(means) / len(means)
        weakest_score = min(capability, key=lambda s: (s.mean, s.dimension_id))
        weakest = weakest_score.dimension_id
        spread = max(means) - min(means)
        uncapped_index = stage_index(sii)
        capped_index = min(uncapped_index, stage_index(min(means)) + 1)
        uncapped, stage = STAGES[uncapped_index], STAGES[capped_index]

    strengths = tuple(
        s.dimension_id
        for s in sorted(
            (s for s in capability if s.mean is not None and round(s.mean, 9) >= STRENGTH_THRESHOLD),
            key=lambda s: -(s.mean or 0.0),
        )[:MAX_STRENGTHS]
    )
    return ScanResult(
        dimensions=scores,
        sii=sii,
        stage=stage,
        uncapped_stage=uncapped,
        weakest_dimension=weakest,
        spread=spread,
        strengths=strengths,
        priorities=_priorities(questionnaire, by_id, ambitions or {}, benchmark),
        adopter_category=None if sii is None else adopter_category(adoption_composite(sii, output_mean), population),
        value_chain=_value_chain(questionnaire, answers),
        innovation_types={
            item.innovation_type: answers.get(item.id) for item in questionnaire.items() if item.innovation_type is not None
        },
        output_mean=output_mean,
    )


def _priorities(
    questionnaire: Questionnaire,
    scores: Mapping[str, DimensionScore],
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
        priority = Priority(dimension.id, value, mean, ambition, reference, dimension.intervention, dimension.actions)
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


def adoption_composite(sii: float, output_mean: float | None) -> float:
    """How far along a company is: capability mostly, realised renewal partly."""
    if output_mean is None:
        return sii
    return (1 - OUTPUT_WEIGHT_IN_ADOPTION) * sii + OUTPUT_WEIGHT_IN_ADOPTION * output_mean


def adopter_category(composite: float, population: Sequence[float] | None = None) -> str:
    """Fixed bands while the programme is small; Rogers' shares once it is not."""
    if population is not None and len(population) >= ADOPTER_PERCENTILE_MIN_N:
        ahead = sum(1 for other in population if other > composite + 1e-9) / len(population)
        for bound, category in ROGERS_CUMULATIVE:
            if ahead < bound:
                return category
        return "laggard"
    for bound, category in ADOPTER_BANDS:
        if round(composite, 9) >= bound:
            return category
    return "laggard"


def build_benchmarks(scored: Iterable[tuple[str, ScanResult]]) -> dict[str, BenchmarkGroup]:
    """Per-sector groups (keyed by sector) and the programme group (key ``programme``).

    Only scans with an SII count, so every dimension mean in a group rests on
    the same scans and ``n`` means the same for each dimension.
    """
    sums: dict[str, dict[str, list[float]]] = {}
    siis: dict[str, list[float]] = {}
    for sector, result in scored:
        if result.sii is None:
            continue
        for group in (sector, "programme"):
            per_dimension = sums.setdefault(group, {})
            for score in result.dimensions:
                if score.mean is not None:
                    per_dimension.setdefault(score.dimension_id, []).append(score.mean)
            siis.setdefault(group, []).append(result.sii)
    return {
        group: BenchmarkGroup(
            key=group,
            n=len(siis[group]),
            means={dim: math.fsum(values) / len(values) for dim, values in per_dimension.items()},
            sii=math.fsum(siis[group]) / len(siis[group]),
        )
        for group, per_dimension in sums.items()
    }

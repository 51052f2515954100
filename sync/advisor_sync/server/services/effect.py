"""The programme's effect in numbers: mean change between a company's first scan and its follow-up.

Pure functions over :class:`Pair` (no database), so the figures can be
checked by hand on a small fixed data set (``tests/server/test_effect.py``).
The method and its limits are in ``docs/effect.md``:

* a mean change with a two-sided 95 % interval from Student's t with n - 1
  degrees of freedom (paired design: each company is its own baseline);
* the difference between two groups (completed voucher vs none) with Welch's
  interval, which does not assume equal variances;
* subgroups (sector, intervention type) only where ``n >= MINIMUM_SUBGROUP``.

The t quantile is computed here (to about 1e-10) from the regularised
incomplete beta function, rather than pulling in SciPy (tens of megabytes)
for one number; ``tests/server/test_effect.py`` checks it against published
tables.
"""

from __future__ import annotations

import math
import statistics
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from ...protocol.figures import DimensionChange, Effect, EffectGroup, Estimate, VoucherComparison

CONFIDENCE = 0.95
MINIMUM_SUBGROUP = 10
VoucherGroup = Literal["completed", "none", "other"]


@dataclass(frozen=True)
class Pair:
    """One company's first completed scan and its latest completed follow-up, scored on 0-100."""

    company_id: uuid.UUID
    sector: str
    voucher: VoucherGroup
    interventions: frozenset[str]
    index_before: float | None
    index_after: float | None
    before: Mapping[str, float]
    after: Mapping[str, float]
    stage_before: int | None
    stage_after: int | None

    @property
    def index_change(self) -> float | None:
        if self.index_before is None or self.index_after is None:
            return None
        return self.index_after - self.index_before

    def dimension_change(self, dimension_id: str) -> float | None:
        if dimension_id in self.before and dimension_id in self.after:
            return self.after[dimension_id] - self.before[dimension_id]
        return None

    @property
    def stage_went_up(self) -> bool | None:
        if self.stage_before is None or self.stage_after is None:
            return None
        return self.stage_after > self.stage_before


# -- Student's t --------------------------------------------------------------------------


def _continued_fraction(a: float, b: float, x: float) -> float:
    """The continued fraction of the incomplete beta function (modified Lentz; Numerical Recipes 6.4)."""
    tiny = 1e-300
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1.0)
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 1000):
        for numerator in (
            m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
            -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1)),
        ):
            d = 1.0 + numerator * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + numerator / c
            c = c if abs(c) > tiny else tiny
            h *= d * c
        if abs(d * c - 1.0) < 1e-15:
            break
    return h


def regularised_beta(a: float, b: float, x: float) -> float:
    """I_x(a, b), the regularised incomplete beta function."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x))
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _continued_fraction(a, b, x) / a
    return 1.0 - front * _continued_fraction(b, a, 1.0 - x) / b


def t_cdf(t: float, df: float) -> float:
    """P(T <= t) for Student's t with ``df`` (not necessarily whole) degrees of freedom."""
    tail = 0.5 * regularised_beta(df / 2.0, 0.5, df / (df + t * t))
    return 1.0 - tail if t > 0 else tail


def t_quantile(p: float, df: float) -> float:
    """The ``p`` quantile of Student's t, by bisection on :func:`t_cdf` (about ten correct decimals)."""
    if not 0.0 < p < 1.0 or df <= 0:
        raise ValueError(f"no t quantile for p={p}, df={df}")
    if p < 0.5:
        return -t_quantile(1.0 - p, df)
    low, high = 0.0, 1.0
    while t_cdf(high, df) < p:
        low, high = high, high * 2.0
    while high - low > 1e-12 * max(1.0, high):
        middle = (low + high) / 2.0
        low, high = (middle, high) if t_cdf(middle, df) < p else (low, middle)
    return (low + high) / 2.0


# -- estimates ----------------------------------------------------------------------------


def mean_change(values: Sequence[float]) -> Estimate:
    """The mean with its t interval; no interval below two values."""
    n = len(values)
    if n == 0:
        return Estimate(n=0, mean=None, low=None, high=None, df=None)
    mean = math.fsum(values) / n
    if n < 2:
        return Estimate(n=n, mean=mean, low=None, high=None, df=None)
    half = t_quantile(0.5 + CONFIDENCE / 2, n - 1) * statistics.stdev(values) / math.sqrt(n)
    return Estimate(n=n, mean=mean, low=mean - half, high=mean + half, df=float(n - 1))


def welch_difference(first: Sequence[float], second: Sequence[float]) -> Estimate:
    """mean(first) - mean(second) with Welch's interval (Welch-Satterthwaite degrees of freedom)."""
    n1, n2 = len(first), len(second)
    if n1 == 0 or n2 == 0:
        return Estimate(n=n1 + n2, mean=None, low=None, high=None, df=None)
    difference = math.fsum(first) / n1 - math.fsum(second) / n2
    if n1 < 2 or n2 < 2:
        return Estimate(n=n1 + n2, mean=difference, low=None, high=None, df=None)
    v1, v2 = statistics.variance(first) / n1, statistics.variance(second) / n2
    if v1 + v2 == 0:
        return Estimate(n=n1 + n2, mean=difference, low=difference, high=difference, df=float(n1 + n2 - 2))
    df = (v1 + v2) ** 2 / (v1**2 / (n1 - 1) + v2**2 / (n2 - 1))
    half = t_quantile(0.5 + CONFIDENCE / 2, df) * math.sqrt(v1 + v2)
    return Estimate(n=n1 + n2, mean=difference, low=difference - half, high=difference + half, df=df)


# -- groups -------------------------------------------------------------------------------


def _present(values: Iterable[float | None]) -> list[float]:
    return [value for value in values if value is not None]


def effect_group(
    key: str, label: str, pairs: Sequence[Pair], dimensions: Sequence[tuple[str, str]], minimum: int = 1
) -> EffectGroup:
    """The change of the index and each dimension over ``pairs``; only ``n`` when fewer than ``minimum``."""
    index = _present(pair.index_change for pair in pairs)
    stages = [went_up for went_up in (pair.stage_went_up for pair in pairs) if went_up is not None]
    enough = len(index) >= minimum
    return EffectGroup(
        key=key,
        label=label,
        n=len(index),
        enough=enough,
        index=mean_change(index) if enough else None,
        dimensions=[
            DimensionChange(dimension_id=dim, label=name, change=mean_change(_present(p.dimension_change(dim) for p in pairs)))
            for dim, name in dimensions
        ]
        if enough
        else [],
        stage_up=stages.count(True),
        stage_up_share=stages.count(True) / len(stages) if stages else None,
    )


def _split(
    pairs: Sequence[Pair], keys: Callable[[Pair], Iterable[str]], labels: Mapping[str, str], dimensions: Sequence[tuple[str, str]]
) -> list[EffectGroup]:
    return [
        effect_group(key, label, [pair for pair in pairs if key in keys(pair)], dimensions, MINIMUM_SUBGROUP)
        for key, label in labels.items()
    ]


def build_effect(
    pairs: Sequence[Pair],
    *,
    dimensions: Sequence[tuple[str, str]],
    sectors: Mapping[str, str],
    interventions: Mapping[str, str],
    groups: Mapping[str, str],
    now: datetime,
) -> Effect:
    """Every figure of the Effect page; ``groups`` labels ``all``, ``completed`` and ``none``."""
    with_voucher = [pair for pair in pairs if pair.voucher == "completed"]
    without = [pair for pair in pairs if pair.voucher == "none"]
    return Effect(
        generated_at=now,
        pairs=len(pairs),
        minimum_n=MINIMUM_SUBGROUP,
        confidence=CONFIDENCE,
        overall=effect_group("all", groups["all"], pairs, dimensions),
        by_voucher=VoucherComparison(
            completed=effect_group("completed", groups["completed"], with_voucher, dimensions),
            none=effect_group("none", groups["none"], without, dimensions),
            difference=welch_difference(
                _present(p.index_change for p in with_voucher), _present(p.index_change for p in without)
            ),
            dimension_differences=[
                DimensionChange(
                    dimension_id=dim,
                    label=name,
                    change=welch_difference(
                        _present(p.dimension_change(dim) for p in with_voucher),
                        _present(p.dimension_change(dim) for p in without),
                    ),
                )
                for dim, name in dimensions
            ],
        ),
        by_sector=_split(pairs, lambda pair: (pair.sector,), sectors, dimensions),
        by_intervention=_split(pairs, lambda pair: pair.interventions, interventions, dimensions),
    )

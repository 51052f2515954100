"""The benchmark groups of every company at once, from which one company is left out exactly.

A report compares a company with the groups without it (``benchmarks.build_benchmarks(...,
leaving_out=...)``), which reads every member of the programme again for each company asked about.
:class:`Sums` holds the groups over all members instead, each mean as its exact sum and its count, and
per company the one member that counts for it. Taking a company out is then a subtraction per dimension.

Exact: every finite float is a whole multiple of 2**-1074, so a sum of floats in those units is a whole
number, added and subtracted without rounding. ``math.fsum`` gives the exact sum of its values rounded
once, correctly, and so does the division of two whole numbers in Python: the sum left after the
subtraction, divided by 2**1074, is the fsum of the values left, and :meth:`Sums.leaving_out` gives
``build_benchmarks``'s groups to the last bit, in its order.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .adoption import Population, adoption_composite
from .benchmarks import PROGRAMME, Member, latest_per_company
from .scoring import BenchmarkGroup

UNIT = 1 << 1074
"""Sums are whole numbers of 2**-1074, the smallest step between floats."""

_INDEX = ""
"""The index's place among a group's dimensions while its values are counted."""

Counted = tuple[str, float, tuple[tuple[str, float], ...]]
"""What a company's member adds to the groups: its sector, its index, and its dimensions' means (those it has)."""


@dataclass(frozen=True)
class GroupSum:
    """One group over every member: exact sums and counts, and its first two members (the groups' order)."""

    n: int
    sii: int
    means: Mapping[str, tuple[int, int]]
    first: tuple[str, ...]
    """The company ids of its first two members in ``latest_per_company``'s order (sectors only)."""


@dataclass(frozen=True)
class Sums:
    groups: Mapping[str, GroupSum]
    """Per sector in the order of its first member, then the programme."""
    counted: Mapping[str, Counted]
    """Per company, what its latest completed scan with an index adds."""
    composites: tuple[float, ...]
    """The population's adoption composites (``benchmarks.population``), sorted."""

    def population(self) -> Population:
        """``benchmarks.population`` of the members these sums were made of."""
        return Population(self.composites)

    def leaving_out(self, company_id: str | None) -> dict[str, BenchmarkGroup]:
        """``build_benchmarks(members, leaving_out=company_id)`` of the members these sums were made of."""
        own = self.counted.get(company_id) if company_id is not None else None
        sectors = [key for key in self.groups if key != PROGRAMME]
        kept: list[tuple[str, str]] = []  # (first member left, sector) of the sectors that still have one
        for sector in sectors:
            first = [c for c in self.groups[sector].first if c != company_id]
            if first:
                kept.append((first[0], sector))
        order = [sector for _, sector in sorted(kept)]
        if order:
            order.insert(1, PROGRAMME)
        groups: dict[str, BenchmarkGroup] = {}
        for key in order:
            total = self.groups[key]
            if own is not None and (key == PROGRAMME or key == own[0]):
                groups[key] = _without(key, total, own)
            else:
                groups[key] = _group(key, total.n, total.sii, total.means)
        return groups


def sums(members: Iterable[Member]) -> Sums:
    """The :class:`Sums` of ``members`` (each company's latest completed scan with an index counts, as in the groups).

    Scores take few distinct values (means of answers 1-5), so each group first counts how often each
    value comes, and each distinct value is made exact once.
    """
    latest = latest_per_company(members)
    counted: dict[str, Counted] = {}
    values: dict[str, dict[str, dict[float, int]]] = {}  # per group and dimension (the index as ""), its values
    first: dict[str, list[str]] = {}
    for member in latest:
        sector, result = member.sector, member.result
        dims = tuple([(s.dimension_id, s.mean) for s in result.dimensions if s.mean is not None])
        sii = result.sii or 0.0
        counted[member.company_id] = (sector, sii, dims)
        group = values.get(sector)
        if group is None:
            group = values[sector] = {_INDEX: {}}
            first[sector] = []
        if len(first[sector]) < 2:
            first[sector].append(member.company_id)
        index = group[_INDEX]
        index[sii] = index.get(sii, 0) + 1
        for dimension_id, mean in dims:
            found = group.get(dimension_id)
            if found is None:
                found = group[dimension_id] = {}
            found[mean] = found.get(mean, 0) + 1
    groups: dict[str, GroupSum] = {}
    programme: dict[str, tuple[int, int]] = {}
    for sector, group in values.items():
        totals = {key: _total(found) for key, found in group.items()}
        for key, (total, count) in totals.items():
            held, held_count = programme.get(key, (0, 0))
            programme[key] = (held + total, held_count + count)
        sii, n = totals.pop(_INDEX)
        groups[sector] = GroupSum(n, sii, totals, tuple(first[sector]))
    if groups:
        sii, n = programme.pop(_INDEX)
        groups[PROGRAMME] = GroupSum(n, sii, programme, ())
    composites = sorted(adoption_composite(m.result.sii or 0.0, m.result.output_mean) for m in latest)
    return Sums(groups, counted, tuple(composites))


def _total(values: dict[float, int]) -> tuple[int, int]:
    """The exact sum of the values counted, and how many there are."""
    return sum(_exact(value) * times for value, times in values.items()), sum(values.values())


def _exact(value: float) -> int:
    """``value`` in units of 2**-1074, exactly."""
    numerator, denominator = value.as_integer_ratio()  # the denominator is a power of two, at most 2**1074
    return numerator << (1075 - denominator.bit_length())


def _without(key: str, total: GroupSum, own: Counted) -> BenchmarkGroup:
    _, sii, dims = own
    mine = dict(dims)
    means: dict[str, tuple[int, int]] = {}
    for dimension_id, (found, count) in total.means.items():
        left, left_count = (found - _exact(mine[dimension_id]), count - 1) if dimension_id in mine else (found, count)
        if left_count:
            means[dimension_id] = (left, left_count)
    return _group(key, total.n - 1, total.sii - _exact(sii), means)


def _group(key: str, n: int, sii: int, means: Mapping[str, tuple[int, int]]) -> BenchmarkGroup:
    """As ``build_benchmarks`` makes a group: ``fsum(values) / len(values)``, the fsum being the exact sum rounded once."""
    ordered = sorted(means.items())
    return BenchmarkGroup(
        key=key,
        n=n,
        means={dim: found / UNIT / count for dim, (found, count) in ordered},
        sii=sii / UNIT / n,
        counts={dim: count for dim, (_, count) in ordered if count != n},
    )

"""Who a company is compared with: one rule for the device and the server.

A benchmark group holds **companies, not scans**: each company counts once,
with its latest completed scan (a follow-up replaces the first scan rather than
counting twice), and the company being reported on is left out of the group it
is compared with, so its own score never pulls "the average" towards itself.
The ``n`` shown is therefore the number of *other* companies.

The server computes the groups over every company (it cannot know who will
look); the device then takes its own company out with :func:`leave_out`, which
is exact because a group keeps, per dimension, how many companies its mean rests
on. The device's local fallback (before a first sync) applies the same rule
with :func:`build_benchmarks` directly.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from .adoption import Population, adoption_composite
from .scoring import BenchmarkGroup, ScanResult

PROGRAMME = "programme"


@dataclass(frozen=True)
class Member:
    """One completed scan as a candidate for the groups."""

    company_id: str
    sector: str
    completed_at: datetime
    scan_id: str
    result: ScanResult


def recency(completed_at: datetime, scan_id: str) -> tuple[datetime, str]:
    """Which of a company's completed scans is its latest: the greater key (later completion; the scan id breaks ties).

    The one ordering of the groups' members: the device's :func:`latest_per_company` and the server, which scores
    a company's scans latest first, both sort by it, so both pick the same scan of a company.
    """
    return completed_at, scan_id


def latest_per_company(members: Iterable[Member]) -> list[Member]:
    """Each company's latest completed scan that has an index (the greatest :func:`recency`)."""
    latest: dict[str, Member] = {}
    for member in members:
        if member.result.sii is None:
            continue
        held = latest.get(member.company_id)
        if held is None or recency(member.completed_at, member.scan_id) > recency(held.completed_at, held.scan_id):
            latest[member.company_id] = member
    return sorted(latest.values(), key=lambda m: m.company_id)


def build_benchmarks(members: Iterable[Member], *, leaving_out: str | None = None) -> dict[str, BenchmarkGroup]:
    """Per-sector groups (keyed by sector) and the programme group, one scan per company.

    ``leaving_out`` names the company a report or results screen is about; it is not in any group.
    Each member's scores are gathered once, in its sector; the programme's are all sectors' together.
    ``math.fsum`` is correctly rounded, so a mean does not depend on the order its values come in.
    """
    values: dict[str, dict[str, list[float]]] = {}
    siis: dict[str, list[float]] = {}
    for member in latest_per_company(members):
        if member.company_id == leaving_out:
            continue
        sector = member.sector
        per_dimension = values.get(sector)
        if per_dimension is None:
            per_dimension, siis[sector] = values.setdefault(sector, {}), []
            values.setdefault(PROGRAMME, {})  # the groups in the order of their first member, as always
        for score in member.result.dimensions:
            if score.mean is not None:
                found = per_dimension.get(score.dimension_id)
                if found is None:
                    per_dimension[score.dimension_id] = [score.mean]
                else:
                    found.append(score.mean)
        siis[sector].append(member.result.sii or 0.0)
    if values:
        sectors = [group for group in values if group != PROGRAMME]
        programme = values[PROGRAMME]
        for sector in sectors:
            for dimension_id, found in values[sector].items():
                programme.setdefault(dimension_id, []).extend(found)
        siis[PROGRAMME] = [sii for sector in sectors for sii in siis[sector]]
    groups: dict[str, BenchmarkGroup] = {}
    for group, per_dimension in values.items():
        n = len(siis[group])
        groups[group] = BenchmarkGroup(
            key=group,
            n=n,
            means={dim: math.fsum(v) / len(v) for dim, v in sorted(per_dimension.items())},
            sii=math.fsum(siis[group]) / n,
            counts={dim: len(v) for dim, v in sorted(per_dimension.items()) if len(v) != n},
        )
    return groups


def leave_out(group: BenchmarkGroup, result: ScanResult) -> BenchmarkGroup:
    """``group`` without one member whose scan scored ``result`` (that member must be in it)."""
    n = group.n - 1
    if n <= 0:
        return BenchmarkGroup(group.key, 0, {}, None)
    means: dict[str, float] = {}
    counts: dict[str, int] = {}
    own = {score.dimension_id: score.mean for score in result.dimensions}
    for dimension_id, mean in group.means.items():
        count = group.count(dimension_id)
        mine = own.get(dimension_id)
        if mine is None:
            means[dimension_id], left = mean, count
        elif count > 1:
            means[dimension_id], left = (mean * count - mine) / (count - 1), count - 1
        else:
            continue
        if left != n:
            counts[dimension_id] = left
    sii = None if group.sii is None or result.sii is None else (group.sii * group.n - result.sii) / n
    return BenchmarkGroup(group.key, n, means, sii, counts)


def population(members: Iterable[Member]) -> Population:
    """Adoption composites of the programme, one per company, for Rogers percentiles."""
    return Population(adoption_composite(m.result.sii or 0.0, m.result.output_mean) for m in latest_per_company(members))

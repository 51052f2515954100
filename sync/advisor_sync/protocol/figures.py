"""The monitoring figures: ``GET /monitoring`` and those beyond it (per sector, per advisor, the programme's effect).

The dashboard renders these very objects, so a figure on a page and the same
figure in the JSON cannot differ. Scores are on the 0-100 scale users see.
They are answers for coordinators only, so they live here rather than with the
sync's messages (:mod:`.messages`), whose ``Response`` base they share.
"""

from __future__ import annotations

from datetime import datetime

from .messages import Response


class CountRow(Response):
    key: str
    label: str
    completed: int
    drafts: int


class MonthRow(Response):
    month: str
    completed: int


class VoucherStatusRow(Response):
    status: str
    count: int
    amount_cents: int


class FunnelStep(Response):
    step: str
    label: str
    companies: int


class ScanFigures(Response):
    target: int
    completed: int
    drafts: int
    share_of_target: float
    by_sector: list[CountRow]
    by_month: list[MonthRow]
    by_advisor: list[CountRow]


class VoucherFigures(Response):
    budget_cents: int
    committed_cents: int
    requested_cents: int
    completed_cents: int
    share_committed: float
    by_status: list[VoucherStatusRow]


class ImplementationFigures(Response):
    target: int
    trajectories: int
    funnel: list[FunnelStep]
    actions_by_status: dict[str, int]


class Monitoring(Response):
    generated_at: datetime
    scans: ScanFigures
    vouchers: VoucherFigures
    implementation: ImplementationFigures


class DimensionMean(Response):
    dimension_id: str
    label: str
    mean: float | None
    """Mean score 0-100; ``None`` when no scan scored the dimension."""
    n: int


class SectorRow(Response):
    key: str
    label: str
    completed: int
    """Completed scans (as in ``GET /monitoring``)."""
    n: int
    """Companies behind the means: each company once, with its latest completed scan that has an index."""
    index: float | None
    dimensions: list[DimensionMean]
    adopters: dict[str, int]
    stages: dict[str, int]


class SectorFigures(Response):
    generated_at: datetime
    sectors: list[SectorRow]
    programme: SectorRow


class AdvisorRow(Response):
    username: str
    display_name: str
    companies: int
    completed: int
    drafts: int
    plans: int
    vouchers_requested: int
    vouchers_approved: int
    vouchers_completed: int
    committed_cents: int
    last_activity: datetime | None


class AdvisorFigures(Response):
    generated_at: datetime
    advisors: list[AdvisorRow]


class Estimate(Response):
    """A mean change (or a difference of two) in points on 0-100, with its 95 % interval."""

    n: int
    mean: float | None
    low: float | None
    """``None`` when there are too few observations for an interval (fewer than two per group)."""
    high: float | None
    df: float | None


class DimensionChange(Response):
    dimension_id: str
    label: str
    change: Estimate


class EffectGroup(Response):
    key: str
    label: str
    n: int
    enough: bool
    """``n`` reaches the minimum for a subgroup; otherwise the page says "too few" and no figure is given."""
    index: Estimate | None
    dimensions: list[DimensionChange]
    stage_up: int
    stage_up_share: float | None


class VoucherComparison(Response):
    completed: EffectGroup
    none: EffectGroup
    difference: Estimate
    dimension_differences: list[DimensionChange]


class Effect(Response):
    generated_at: datetime
    pairs: int
    minimum_n: int
    confidence: float
    overall: EffectGroup
    by_voucher: VoucherComparison
    by_sector: list[EffectGroup]
    by_intervention: list[EffectGroup]


class FunnelMonth(Response):
    month: str
    """The month the companies' first completed scans count in (YYYY-MM)."""
    companies: dict[str, int]
    """Per funnel step: how many of these companies have reached it by now."""


class FunnelFigures(Response):
    generated_at: datetime
    steps: dict[str, str]
    """Step key to its label, in funnel order."""
    months: list[FunnelMonth]
    without_scan: dict[str, int]
    """Companies at a step without a completed scan (a plan or voucher drafted before the scan was completed)."""

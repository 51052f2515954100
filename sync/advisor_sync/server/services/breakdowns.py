"""Figures per sector and per advisor, for the dashboard and ``GET /monitoring/sectors|advisors``.

Counts of completed scans and drafts are taken from ``monitoring`` itself, so
these pages can never disagree with ``GET /monitoring``; mean scores with n
are the domain's benchmark groups (one company, its latest scan, counts once);
adopter categories and stages count the same companies; workload is added here.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisor_app.dbkit.types import utcnow
from advisor_app.domain.adoption import ADOPTER_NAMES
from advisor_app.domain.benchmarks import PROGRAMME, build_benchmarks
from advisor_app.domain.questionnaire import Questionnaire
from advisor_app.domain.scoring import STAGES, BenchmarkGroup, to_percent
from advisor_app.domain.sectors import SECTORS

from ...protocol.figures import AdvisorFigures, AdvisorRow, DimensionMean, Monitoring, SectorFigures, SectorRow
from ..models import CompanyRecord, PlanRecord, ScanRecord, User, VoucherRecord
from .monitoring import COMMITTED, REQUESTED
from .scored import ScoredScan, dimensions, latest_of_each_company, ranked_against, scored_scans


def sector_figures(
    session: Session, questionnaires: Mapping[str, Questionnaire], figures: Monitoring, language: str
) -> SectorFigures:
    """Completed scans as ``monitoring`` counts them; means, categories and stages per company (latest scan each).

    The means are the domain's benchmark groups (``build_benchmarks``), so a
    sector's figure here is the benchmark the devices show for that sector.
    """
    everyone = scored_scans(session, questionnaires)
    latest = ranked_against(latest_of_each_company(everyone), everyone, questionnaires)
    groups = build_benchmarks(member for s in latest if (member := s.member) is not None)
    labels = [(dimension_id, title.get(language)) for dimension_id, title in dimensions(questionnaires)]
    completed = {row.key: row.completed for row in figures.scans.by_sector}
    rows = [
        _sector_row(
            sector.key, sector.name.get(language), completed[sector.key], groups.get(sector.key), latest=latest, labels=labels
        )
        for sector in SECTORS
    ]
    programme = _sector_row(PROGRAMME, "", figures.scans.completed, groups.get(PROGRAMME), latest=latest, labels=labels)
    return SectorFigures(generated_at=figures.generated_at, sectors=rows, programme=programme)


def _sector_row(
    key: str,
    label: str,
    completed: int,
    group: BenchmarkGroup | None,
    *,
    latest: Sequence[ScoredScan],
    labels: Sequence[tuple[str, str]],
) -> SectorRow:
    members = [s.result for s in latest if key in (PROGRAMME, s.company.sector) and s.result is not None]
    adopters = Counter(r.adopter_category for r in members if r.adopter_category is not None)
    stages = Counter(r.stage for r in members if r.stage is not None)
    return SectorRow(
        key=key,
        label=label,
        completed=completed,
        n=group.n if group else 0,
        index=to_percent(group.sii) if group and group.sii is not None else None,
        dimensions=[
            DimensionMean(
                dimension_id=dimension_id,
                label=title,
                mean=to_percent(group.means[dimension_id]) if group and dimension_id in group.means else None,
                n=group.count(dimension_id) if group and dimension_id in group.means else 0,
            )
            for dimension_id, title in labels
        ],
        adopters={category: adopters[category] for category in ADOPTER_NAMES},
        stages={stage: stages[stage] for stage in STAGES},
    )


def companies_of(session: Session) -> dict[uuid.UUID, set[uuid.UUID]]:
    """Per advisor, the live companies they hold a live scan, plan or voucher of."""
    live = set(session.scalars(select(CompanyRecord.id).where(~CompanyRecord.deleted)))
    found: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    for model in (ScanRecord, PlanRecord, VoucherRecord):
        for owner, company in session.execute(select(model.owner_id, model.company_id).where(~model.deleted)):
            if company in live:
                found[owner].add(company)
    return found


def advisor_figures(session: Session, figures: Monitoring) -> AdvisorFigures:
    users = {user.username: user for user in session.scalars(select(User))}
    live = set(session.scalars(select(CompanyRecord.id).where(~CompanyRecord.deleted)))
    plans = [p for p in session.scalars(select(PlanRecord).where(~PlanRecord.deleted)) if p.company_id in live]
    vouchers = [v for v in session.scalars(select(VoucherRecord).where(~VoucherRecord.deleted)) if v.company_id in live]
    scans = [s for s in session.scalars(select(ScanRecord).where(~ScanRecord.deleted)) if s.company_id in live]
    companies = companies_of(session)
    rows = []
    for counted in figures.scans.by_advisor:
        owner = users[counted.key].id
        own_vouchers = [v for v in vouchers if v.owner_id == owner]
        moments = [r.updated_at for r in (*scans, *plans, *vouchers) if r.owner_id == owner]
        rows.append(
            AdvisorRow(
                username=counted.key,
                display_name=counted.label,
                companies=len(companies[owner]),
                completed=counted.completed,
                drafts=counted.drafts,
                plans=sum(1 for p in plans if p.owner_id == owner),
                vouchers_requested=sum(1 for v in own_vouchers if v.status in REQUESTED),
                vouchers_approved=sum(1 for v in own_vouchers if v.status in COMMITTED),
                vouchers_completed=sum(1 for v in own_vouchers if v.status == "completed"),
                committed_cents=sum(v.amount_cents for v in own_vouchers if v.status in COMMITTED),
                last_activity=max(moments) if moments else None,
            )
        )
    return AdvisorFigures(generated_at=utcnow(), advisors=rows)

"""Programme monitoring for coordinators: JSON, and CSV for Excel."""

from __future__ import annotations

from fastapi import APIRouter, Response

from ....protocol.figures import AdvisorFigures, Effect, FunnelFigures, Monitoring, SectorFigures
from ...services import monitoring as figures
from ...services.breakdowns import advisor_figures, sector_figures
from ...services.follow_ups import programme_effect
from ...services.funnel import funnel_by_month
from ..deps import CoordinatorDep, LanguageDep, StateDep

router = APIRouter(prefix="/monitoring", tags=["monitoring"])
CSV = "text/csv; charset=utf-8"


@router.get("", response_model=Monitoring)
def monitoring(caller: CoordinatorDep, state: StateDep, language: LanguageDep) -> Monitoring:
    """Scans per sector, month and advisor against the target; vouchers against the budget; the implementation funnel."""
    with state.sessions() as session:
        return figures.monitoring(session, state.settings, language)


@router.get("/export.csv")
def export_summary(caller: CoordinatorDep, state: StateDep, language: LanguageDep) -> Response:
    with state.sessions() as session:
        body = figures.summary_csv(figures.monitoring(session, state.settings, language), language)
    return _csv(body, "basisscan-monitoring.csv")


@router.get("/scans.csv")
def export_scans(caller: CoordinatorDep, state: StateDep, language: LanguageDep) -> Response:
    """One row per completed scan with its scores, for evaluation; names only where the company consented."""
    with state.sessions() as session:
        body = figures.scans_csv(session, state.questionnaires, language)
    return _csv(body, "basisscan-scans.csv")


@router.get("/sectors", response_model=SectorFigures)
def sectors(caller: CoordinatorDep, state: StateDep, language: LanguageDep) -> SectorFigures:
    """Per target sector and "other": completed scans, mean score per dimension with n, adopter categories, stages."""
    with state.sessions() as session:
        return sector_figures(session, state.questionnaires, figures.monitoring(session, state.settings, language), language)


@router.get("/advisors", response_model=AdvisorFigures)
def advisors(caller: CoordinatorDep, state: StateDep, language: LanguageDep) -> AdvisorFigures:
    """Workload and progress per advisor: companies, scans, drafts, plans, vouchers."""
    with state.sessions() as session:
        return advisor_figures(session, figures.monitoring(session, state.settings, language))


@router.get("/funnel", response_model=FunnelFigures)
def funnel(caller: CoordinatorDep, state: StateDep, language: LanguageDep) -> FunnelFigures:
    """The funnel per month of each company's first completed scan: how far that month's companies have come."""
    with state.sessions() as session:
        return funnel_by_month(session, language)


@router.get("/effect", response_model=Effect)
def effect(caller: CoordinatorDep, state: StateDep, language: LanguageDep) -> Effect:
    """Mean change between first scan and follow-up, with 95 % intervals; by voucher, sector, intervention (docs/effect.md)."""
    with state.sessions() as session:
        return programme_effect(session, state.questionnaires, language)


def _csv(body: str, filename: str) -> Response:
    return Response(body, media_type=CSV, headers={"Content-Disposition": f'attachment; filename="{filename}"'})

"""``/dashboard/csv/NAME.csv``: the rows behind a figure, for the logged-in coordinator."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response

from ..api.deps import StateDep
from ..services import monitoring
from ..services.follow_ups import follow_ups
from . import rows
from .access import ViewerDep

router = APIRouter(prefix="/csv")
CSV = "text/csv; charset=utf-8"


def _csv(body: str, name: str) -> Response:
    return Response(
        body,
        media_type=CSV,
        headers={"Content-Disposition": f'attachment; filename="basisscan-{name}.csv"', "Cache-Control": "no-store"},
    )


@router.get("/summary.csv")
def summary(viewer: ViewerDep, state: StateDep) -> Response:
    """Every programme figure in one table: the very file ``GET /monitoring/export.csv`` gives."""
    with state.sessions() as session:
        body = monitoring.summary_csv(monitoring.monitoring(session, state.settings, viewer.language), viewer.language)
    return _csv(body, "monitoring")


@router.get("/evaluation.csv")
def evaluation(viewer: ViewerDep, state: StateDep) -> Response:
    """One row per completed scan with its scores: the very file ``GET /monitoring/scans.csv`` gives."""
    with state.sessions() as session:
        return _csv(monitoring.scans_csv(session, state.questionnaires, viewer.language), "evaluation")


@router.get("/scans.csv")
def scans(
    *,
    viewer: ViewerDep,
    state: StateDep,
    sector: str = "",
    month: str = "",
    advisor: str = "",
    stage: str = "",
    adopter: str = "",
    latest: bool = False,
) -> Response:
    with state.sessions() as session:
        body = rows.scans(
            session,
            state.questionnaires,
            language=viewer.language,
            sector=sector,
            month=month,
            advisor=advisor,
            stage=stage,
            adopter=adopter,
            latest=latest,
        )
    return _csv(body, "scans")


@router.get("/drafts.csv")
def drafts(viewer: ViewerDep, state: StateDep, sector: str = "", advisor: str = "") -> Response:
    with state.sessions() as session:
        return _csv(rows.drafts(session, language=viewer.language, sector=sector, advisor=advisor), "drafts")


@router.get("/vouchers.csv")
def vouchers(viewer: ViewerDep, state: StateDep, status: str = "", advisor: str = "") -> Response:
    with state.sessions() as session:
        return _csv(rows.vouchers(session, language=viewer.language, status=status, advisor=advisor), "vouchers")


@router.get("/funnel.csv")
def funnel(viewer: ViewerDep, state: StateDep, step: str = "scanned", month: str = "") -> Response:
    with state.sessions() as session:
        return _csv(rows.funnel(session, step, language=viewer.language, month=month), f"funnel-{step}")


@router.get("/plans.csv")
def plans(viewer: ViewerDep, state: StateDep, advisor: str = "") -> Response:
    with state.sessions() as session:
        return _csv(rows.plans(session, language=viewer.language, advisor=advisor), "plans")


@router.get("/companies.csv")
def companies(viewer: ViewerDep, state: StateDep, advisor: str = "") -> Response:
    with state.sessions() as session:
        return _csv(rows.advisor_companies(session, advisor, language=viewer.language), "companies")


@router.get("/actions.csv")
def actions(viewer: ViewerDep, state: StateDep, status: str = "") -> Response:
    with state.sessions() as session:
        return _csv(rows.actions(session, language=viewer.language, status=status), "actions")


@router.get("/effect.csv")
def effect(viewer: ViewerDep, state: StateDep, group: str = "all") -> Response:
    with state.sessions() as session:
        found = follow_ups(session, state.questionnaires)
    return _csv(rows.follow_up_rows(found, state.questionnaires, group, language=viewer.language), "effect")

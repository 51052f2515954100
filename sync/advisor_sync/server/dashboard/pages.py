"""The dashboard's pages; each renders the very objects the monitoring JSON endpoints return."""

from __future__ import annotations

import uuid
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import Response

from advisor_app.domain.adoption import ADOPTER_NAMES
from advisor_app.domain.questionnaire import INTERVENTION_NAMES
from advisor_app.domain.scoring import STAGE_NAMES
from advisor_app.domain.sectors import SECTORS

from ...protocol.figures import Estimate
from ..api.deps import StateDep
from ..services import monitoring as figures
from ..services.breakdowns import advisor_figures, sector_figures
from ..services.follow_ups import programme_effect
from ..services.funnel import funnel_by_month
from . import charts
from .access import ViewerDep, refuse
from .companies import company_file, search
from .render import Figures, render
from .texts import word

router = APIRouter()


def csv_link(name: str, **filters: str) -> str:
    query = urlencode({key: value for key, value in filters.items() if value})
    return f"/dashboard/csv/{name}.csv" + (f"?{query}" if query else "")


def _names(language: str) -> dict[str, dict[str, str]]:
    return {
        "stages": {key: text.get(language) for key, text in STAGE_NAMES.items()},
        "adopters": {key: text.get(language) for key, text in ADOPTER_NAMES.items()},
        "sectors": {sector.key: sector.name.get(language) for sector in SECTORS},
        "interventions": {key: text.get(language) for key, text in INTERVENTION_NAMES.items()},
    }


@router.get("/")
def programme(request: Request, state: StateDep, viewer: ViewerDep) -> Response:
    language = viewer.language
    f = Figures(language)
    with state.sessions() as session:
        monitoring = figures.monitoring(session, state.settings, language)
        cohorts = funnel_by_month(session, language)
    scans, vouchers, implementation = monitoring.scans, monitoring.vouchers, monitoring.implementation
    funnel_top = implementation.funnel[0].companies if implementation.funnel else 0
    months = [
        charts.Bar(row.month, row.completed, f.number(row.completed), csv_link("scans", month=row.month))
        for row in scans.by_month
    ]
    return render(
        request,
        "programme.html",
        language,
        viewer=viewer,
        active="programme",
        m=monitoring,
        cohorts=cohorts,
        link=csv_link,
        scans_meter=charts.meter(word("scans_completed", language), scans.completed, scans.target, f.number(scans.completed)),
        trajectories_meter=charts.meter(
            word("trajectories", language),
            implementation.trajectories,
            implementation.target,
            f.number(implementation.trajectories),
        ),
        budget_meter=charts.meter(
            word("committed", language), vouchers.committed_cents, vouchers.budget_cents, f.share(vouchers.share_committed, 1)
        ),
        funnel=charts.bars(
            word("funnel", language),
            [
                charts.Bar(s.label, s.companies, f.number(s.companies), csv_link("funnel", step=s.step))
                for s in implementation.funnel
            ],
            funnel_top,
        ),
        months=charts.columns(word("per_month", language), months),
    )


@router.get("/sectors")
def sectors(request: Request, state: StateDep, viewer: ViewerDep) -> Response:
    language = viewer.language
    with state.sessions() as session:
        monitoring = figures.monitoring(session, state.settings, language)
        breakdown = sector_figures(session, state.questionnaires, monitoring, language)
    f = Figures(language)
    chart = charts.bars(
        word("scans_completed", language),
        [
            charts.Bar(row.label, row.completed, f.number(row.completed), csv_link("scans", sector=row.key))
            for row in breakdown.sectors
        ],
    )
    return render(
        request,
        "sectors.html",
        language,
        viewer=viewer,
        active="sectors",
        s=breakdown,
        chart=chart,
        link=csv_link,
        names=_names(language),
    )


@router.get("/advisors")
def advisors(request: Request, state: StateDep, viewer: ViewerDep) -> Response:
    language = viewer.language
    with state.sessions() as session:
        monitoring = figures.monitoring(session, state.settings, language)
        workload = advisor_figures(session, monitoring)
    f = Figures(language)
    chart = charts.bars(
        word("scans_completed", language),
        [
            charts.Bar(row.display_name, row.completed, f.number(row.completed), csv_link("scans", advisor=row.username))
            for row in workload.advisors
        ],
    )
    return render(
        request,
        "advisors.html",
        language,
        viewer=viewer,
        active="advisors",
        a=workload,
        total=monitoring.scans.completed,
        chart=chart,
        link=csv_link,
    )


@router.get("/companies")
def companies(request: Request, state: StateDep, viewer: ViewerDep, q: str = "", erased: str = "") -> Response:
    """The search; after an erasure (``gdpr``) also the line that says it is done, naming no one."""
    with state.sessions() as session:
        found = search(session, q[:200])
    notice = word("company_erased", viewer.language, records=erased) if erased.isdigit() else ""
    return render(
        request,
        "companies.html",
        viewer.language,
        viewer=viewer,
        active="companies",
        q=q,
        found=found,
        notice=notice,
        link=csv_link,
        names=_names(viewer.language),
    )


@router.get("/companies/{company_id}")
def company(request: Request, company_id: str, state: StateDep, viewer: ViewerDep) -> Response:
    try:
        wanted = uuid.UUID(company_id)
    except ValueError:
        return refuse(request, viewer.language, "not_found", 404)
    with state.sessions() as session:
        found = company_file(session, wanted, state.questionnaires)
    if found is None:
        return refuse(request, viewer.language, "not_found", 404)
    return render(
        request, "company.html", viewer.language, viewer=viewer, active="companies", c=found, names=_names(viewer.language)
    )


@router.get("/effect")
def effect(request: Request, state: StateDep, viewer: ViewerDep) -> Response:
    language = viewer.language
    with state.sessions() as session:
        report = programme_effect(session, state.questionnaires, language)
    f = Figures(language)

    def interval(label: str, estimate: Estimate | None) -> charts.Interval:
        if estimate is None:
            return charts.Interval(label, None, None, None, "–")
        return charts.Interval(label, estimate.mean, estimate.low, estimate.high, f.change(estimate.mean))

    overall = report.overall
    rows = [interval(word("index", language), overall.index)] + [interval(d.dimension_id, d.change) for d in overall.dimensions]
    voucher = report.by_voucher
    split = [
        interval(voucher.completed.label, voucher.completed.index),
        interval(voucher.none.label, voucher.none.index),
        interval(word("difference_short", language), voucher.difference),
    ]
    return render(
        request,
        "effect.html",
        language,
        viewer=viewer,
        active="effect",
        e=report,
        link=csv_link,
        overall_chart=charts.intervals(word("all_pairs", language), rows) if report.pairs else "",
        voucher_chart=charts.intervals(word("by_voucher", language), split) if report.pairs else "",
    )

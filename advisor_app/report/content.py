"""What goes into the PDF summary, gathered once and resolved into one language.

The layout modules only place what is here; they never query the workspace.
That keeps the document a pure function of this dataclass, which is what
makes the bytes reproducible and the footer's content hash meaningful. It is
also Qt-free, so the results screen can show the same view model.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date
from typing import TYPE_CHECKING, Protocol

from ..domain.adoption import ADOPTER_NAMES, ROGERS_SHARES
from ..domain.rules import VOUCHER_LIMIT_CENTS
from ..domain.scoring import (
    BENCHMARK_MIN_N,
    CHAIN_WEAKNESS,
    STAGE_NAMES,
    STAGES,
    BenchmarkGroup,
    ScanResult,
    to_percent,
)
from ..domain.sectors import sector_by_key
from ..domain.vocabulary import ScanStatus
from ..errors import NotFoundError
from ..services.plain_report import PlainViews
from ..services.views import PlanView, ScanView, VoucherView
from . import phrases
from .model import PROGRAMME, Benchmark, DimensionLine, ReportContent
from .sections import (
    chain_links,
    comparison,
    local_date,
    notes,
    plan_block,
    priority_areas,
    renewal,
    voucher_block,
)
from .wording import employees, share

if TYPE_CHECKING:
    import sqlite3

    from ..domain.questionnaire import Questionnaire
    from ..services.scan_listing import ScanSummary
    from ..workspace import Workspace

__all__ = ["PROGRAMME", "ReportContent", "Source", "WorkspaceSource", "build_content", "gather", "gather_from", "local_date"]


class Source(Protocol):
    """Where a summary's data is read: the workspace's services (:class:`WorkspaceSource`), or the driver alone
    for a command (``services.plain_report``); either reads the data as at one moment."""

    def get(self, scan_id: uuid.UUID) -> ScanView: ...
    def result(self, view: ScanView) -> ScanResult: ...
    def groups(self, questionnaire: Questionnaire, company_id: uuid.UUID) -> dict[str, BenchmarkGroup]: ...
    def scans(self, company_id: uuid.UUID) -> list[ScanSummary]: ...
    def plans(self, company_id: uuid.UUID) -> list[PlanView]: ...
    def vouchers(self, company_id: uuid.UUID) -> list[VoucherView]: ...
    def advisor_name(self) -> str: ...


class WorkspaceSource:
    """The summary's reads through an opened workspace: the scores, groups and listing from its services, the
    scans, plans and vouchers as those services give them but read on the driver's connection
    (``services.plain_report.PlainViews``), with the workspace's questionnaire versions.

    Those reads share ``connection``, one read transaction: each of their own began and ended one (four a
    summary, about 0.7 ms each), and in one they see the same state of the data.
    """

    def __init__(self, workspace: Workspace, connection: sqlite3.Connection) -> None:
        self.result = workspace.scans.result
        self.groups = workspace.benchmarks.groups
        self.scans = workspace.scans.for_company
        self.advisor_name = workspace.profile.advisor_name
        views = PlainViews(connection, workspace.catalogue)
        self.get, self.plans, self.vouchers = views.get, views.plans, views.vouchers


def gather(workspace: Workspace, scan_id: uuid.UUID, language: str) -> ReportContent:
    """Read everything the summary shows for ``scan_id`` from the workspace, the data as at one moment."""
    with workspace.benchmarks.steady(), workspace.db.plain_read() as connection:
        return gather_from(WorkspaceSource(workspace, connection), scan_id, language)


def gather_from(source: Source, scan_id: uuid.UUID, language: str) -> ReportContent:
    """Everything the summary shows for ``scan_id``, read from ``source``."""
    view = source.get(scan_id)
    result = source.result(view)
    groups = source.groups(view.questionnaire, view.company.id)
    scans = source.scans(view.company.id)
    later = {s.id for s in scans if (s.started_at, str(s.id)) > (view.scan.started_at, str(view.scan.id))}
    plans = source.plans(view.company.id)
    plan = _plan_for(plans, view, later)
    voucher = _voucher_for(source.vouchers(view.company.id), plan, plans, later)
    plan_date = None
    if plan is not None and plan.scan_id not in {view.scan.id, view.scan.revision_of_id}:
        plan_date = next((s.completed_at or s.started_at for s in scans if s.id == plan.scan_id), None)
    previous: tuple[ScanView, ScanResult] | None = None
    try:
        earlier = source.get(view.scan.follow_up_of_id) if view.scan.follow_up_of_id else None
    except NotFoundError:
        earlier = None
    if earlier is not None:
        previous = (earlier, source.result(earlier))
    advisor = view.scan.advisor or source.advisor_name()
    return build_content(
        view,
        result,
        groups=groups,
        plan=plan,
        voucher=voucher,
        previous=previous,
        advisor=advisor,
        language=language,
        plan_date=local_date(plan_date) if plan_date else None,
    )


def build_content(
    view: ScanView,
    result: ScanResult,
    *,
    groups: dict[str, BenchmarkGroup],
    plan: PlanView | None,
    voucher: VoucherView | None,
    previous: tuple[ScanView, ScanResult] | None,
    advisor: str,
    language: str,
    plan_date: date | None = None,
) -> ReportContent:
    """The plain content of one summary; pure, so tests and benchmarks can feed it directly.

    ``groups`` must already leave this company out (``BenchmarkService.groups(..., company_id)``).
    """
    scan, company, questionnaire = view.scan, view.company, view.questionnaire
    sector = sector_by_key(company.sector)
    done = scan.status == ScanStatus.COMPLETED
    moment = (scan.completed_at if done else None) or scan.updated_at or scan.started_at
    titles = {d.id: d.title.get(language) for d in questionnaire.dimensions}
    stage_names = {key: STAGE_NAMES[key].get(language) for key in STAGES}
    ambitions = view.ambitions
    category = result.adopter_category
    return ReportContent(
        language=language,
        scan_id=str(scan.id),
        questionnaire_title=questionnaire.title.get(language),
        questionnaire_key=f"{questionnaire.id} {questionnaire.version}",
        draft=not done,
        scan_date=local_date(scan.completed_at if done and scan.completed_at else scan.started_at),
        created=moment.astimezone(UTC),
        company=company.name,
        kvk=company.kvk,
        sector=sector.name.get(language),
        size=_size(view, language),
        location=company.municipality,
        contact_person=company.contact_person,
        advisor=advisor,
        consent=company.consent,
        consent_date=local_date(company.consent_at) if company.consent_at else None,
        sii=result.sii_percent,
        stage=stage_names[result.stage] if result.stage else None,
        stage_number=STAGES.index(result.stage) + 1 if result.stage else None,
        stage_count=len(STAGES),
        capped_from=stage_names[result.uncapped_stage] if result.capped and result.uncapped_stage else None,
        weakest=titles[result.weakest_dimension] if result.weakest_dimension else None,
        adopter=ADOPTER_NAMES[category].get(language) if category else None,
        adopter_description=phrases.ADOPTER_DESCRIPTIONS[category].get(language) if category else None,
        adopter_share=share(ROGERS_SHARES[category], language) if category else None,
        adopter_capped=result.adopter_capped,
        unbalanced=result.unbalanced,
        dimensions=tuple(
            DimensionLine(
                id=d.id,
                title=titles[d.id],
                capability=d.is_capability,
                score=score.percent,
                stage=stage_names[score.stage] if score.stage else None,
                answered=score.scored,
                total=score.total,
                ambition=_ambition(ambitions, d.id, language) if d.is_capability else None,
            )
            for d, score in zip(questionnaire.dimensions, result.dimensions, strict=True)
        ),
        sector_benchmark=_benchmark(groups.get(company.sector)),
        programme_benchmark=_benchmark(groups.get(PROGRAMME)),
        strengths=tuple(result.strengths),
        priorities=priority_areas(result, questionnaire, titles, language),
        chain=chain_links(result, language),
        chain_weakness=tuple(CHAIN_WEAKNESS[k].get(language) for k in result.value_chain.weak_links)
        if result.value_chain
        else (),
        renewal=renewal(view, result, language),
        plan=plan_block(plan, language, plan_date),
        voucher=voucher_block(voucher, language),
        voucher_limit_cents=VOUCHER_LIMIT_CENTS,
        comparison=comparison(previous, result, titles, stage_names, language),
        notes=notes(view, language),
        summary_notes=scan.summary_notes.strip(),
        item_count=len(questionnaire.item_ids),
        min_answered=questionnaire.min_answered,
        benchmark_min_n=BENCHMARK_MIN_N,
    )


def _ambition(ambitions: dict[str, int], dimension_id: str, language: str) -> str | None:
    level = ambitions.get(dimension_id)
    return phrases.AMBITIONS[level].get(language) if level in phrases.AMBITIONS else None


def _size(view: ScanView, language: str) -> str:
    """The head count where known, else the size class as the intake names it."""
    if view.company.employees is not None:
        return employees(view.company.employees, language)
    band = view.scan.intake.get("size_class") or view.company.size_band
    labels = {o.value: o.label.get(language) for q in view.questionnaire.intake if q.id == "size_class" for o in q.options}
    return labels.get(str(band), str(band)) if band else ""


def _benchmark(group: BenchmarkGroup | None) -> Benchmark | None:
    if group is None:
        return None
    return Benchmark(group.n, group.shown, {k: to_percent(v) for k, v in sorted(group.means.items())})


def _plan_for(plans: list[PlanView], view: ScanView, later: set[uuid.UUID]) -> PlanView | None:
    """This scan's plan (or that of the scan it corrects); else the company's plan from an earlier scan.

    The plan is the company's, whichever scan it was drawn from; only plans made for a *later*
    scan are left out, since they answer results this report does not show.
    """
    own = {view.scan.id, view.scan.revision_of_id}
    matching = [p for p in plans if p.scan_id in own]
    if matching:
        return matching[-1]
    earlier = [p for p in plans if p.scan_id not in later]
    return earlier[-1] if earlier else None


def _voucher_for(
    vouchers: list[VoucherView], plan: PlanView | None, plans: list[PlanView], later: set[uuid.UUID]
) -> VoucherView | None:
    """The voucher of the plan shown, else the company's latest one that no later scan's plan claims."""
    linked = [v for v in vouchers if plan is not None and v.plan_id == plan.id]
    if linked:
        return linked[-1]
    later_plans = {p.id for p in plans if p.scan_id in later}
    others = [v for v in vouchers if v.plan_id not in later_plans]
    return others[-1] if others else None

"""What goes into the PDF summary, gathered once and resolved into one language.

The layout modules only place what is here; they never query the workspace.
That keeps the document a pure function of this dataclass, which is what
makes the bytes reproducible and the footer's content hash meaningful.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..domain.questionnaire import CHAIN_NAMES, INNOVATION_TYPE_NAMES, INNOVATION_TYPES, INTERVENTION_NAMES, Questionnaire
from ..domain.rules import VOUCHER_LIMIT_CENTS
from ..domain.scoring import ADOPTER_NAMES, BENCHMARK_MIN_N, CHAIN_WEAKNESS, STAGE_NAMES, STAGES, BenchmarkGroup, ScanResult
from ..domain.sectors import sector_by_key
from ..errors import NotFoundError
from ..services.scans import COMPLETED, ScanView
from ..store.models import Plan, Voucher
from . import phrases

if TYPE_CHECKING:
    import uuid

    from ..workspace import Workspace

PROGRAMME = "programme"


def local_date(moment: datetime) -> date:
    """The calendar date in the programme's region; UTC where the zone database is missing."""
    zone: tzinfo
    try:
        zone = ZoneInfo("Europe/Amsterdam")
    except ZoneInfoNotFoundError:  # pragma: no cover - Windows without tzdata
        zone = UTC
    return moment.astimezone(zone).date()


@dataclass(frozen=True)
class DimensionLine:
    id: str
    title: str
    capability: bool
    score: float | None
    """0-100, or ``None`` when the dimension has too few answers."""
    stage: str | None
    answered: int
    total: int


@dataclass(frozen=True)
class Benchmark:
    n: int
    shown: bool
    scores: dict[str, float]
    """Dimension id to its mean on 0-100."""


@dataclass(frozen=True)
class PriorityArea:
    id: str
    title: str
    score: float
    ambition: str
    intervention: str
    actions: tuple[str, ...]


@dataclass(frozen=True)
class ChainLink:
    key: str
    name: str
    hint: str
    score: float
    weakest: bool


@dataclass(frozen=True)
class RenewalLine:
    name: str
    score: int | None
    answer: str


@dataclass(frozen=True)
class PlanLine:
    description: str
    owner: str
    due: date | None
    status: str


@dataclass(frozen=True)
class PlanBlock:
    title: str
    actions: tuple[PlanLine, ...]
    next_steps: str


@dataclass(frozen=True)
class VoucherBlock:
    amount_cents: int
    own_contribution_cents: int
    supplier: str
    deliverables: str
    status: str
    next_step: str


@dataclass(frozen=True)
class ComparisonLine:
    label: str
    before: float | None
    now: float | None


@dataclass(frozen=True)
class Comparison:
    before_date: date
    before_stage: str | None
    lines: tuple[ComparisonLine, ...]


@dataclass(frozen=True)
class Note:
    item_id: str
    statement: str
    text: str


@dataclass(frozen=True)
class ReportContent:
    language: str
    scan_id: str
    questionnaire_title: str
    questionnaire_key: str
    draft: bool
    scan_date: date
    created: datetime
    """The PDF's creation date: when the scan was completed or last changed, never "now"."""

    company: str
    kvk: str
    sector: str
    size: str
    location: str
    contact_person: str
    advisor: str
    consent: bool
    consent_date: date | None

    sii: float | None
    stage: str | None
    stage_number: int | None
    stage_count: int
    capped_from: str | None
    weakest: str | None
    adopter: str | None
    adopter_share: str | None
    unbalanced: bool
    dimensions: tuple[DimensionLine, ...]
    sector_benchmark: Benchmark | None
    programme_benchmark: Benchmark | None
    strengths: tuple[str, ...]
    priorities: tuple[PriorityArea, ...]
    chain: tuple[ChainLink, ...]
    chain_weakness: str | None
    renewal: tuple[RenewalLine, ...]

    plan: PlanBlock | None
    voucher: VoucherBlock | None
    voucher_limit_cents: int
    comparison: Comparison | None
    notes: tuple[Note, ...]
    summary_notes: str
    item_count: int
    min_answered: int
    benchmark_min_n: int

    def fingerprint(self) -> str:
        """A short hash of everything shown, so two printouts can be told apart at a glance."""
        data = json.dumps(dataclasses.asdict(self), sort_keys=True, default=str, ensure_ascii=False)
        return hashlib.sha256(data.encode("utf-8")).hexdigest()[:10]

    def reference(self) -> tuple[Benchmark, str] | None:
        """The group the company is compared with: its sector, else the programme, once large enough."""
        for group, kind in ((self.sector_benchmark, "sector"), (self.programme_benchmark, PROGRAMME)):
            if group is not None and group.shown:
                return group, kind
        return None


def gather(workspace: Workspace, scan_id: uuid.UUID, language: str) -> ReportContent:
    """Read everything the summary shows for ``scan_id`` from the workspace."""
    view = workspace.scans.get(scan_id)
    result = workspace.scans.result(view)
    groups = workspace.benchmarks.groups(view.questionnaire)
    plan = _plan_for(workspace.plans.for_company(view.company.id), view)
    voucher = _voucher_for(workspace.vouchers.for_company(view.company.id), plan)
    previous: tuple[ScanView, ScanResult] | None = None
    try:
        earlier = workspace.scans.previous(view)
    except NotFoundError:
        earlier = None
    if earlier is not None:
        previous = (earlier, workspace.scans.result(earlier))
    advisor = view.scan.advisor or workspace.profile.advisor_name()
    return build_content(
        view, result, groups=groups, plan=plan, voucher=voucher, previous=previous, advisor=advisor, language=language
    )


def build_content(
    view: ScanView,
    result: ScanResult,
    *,
    groups: dict[str, BenchmarkGroup],
    plan: Plan | None,
    voucher: Voucher | None,
    previous: tuple[ScanView, ScanResult] | None,
    advisor: str,
    language: str,
) -> ReportContent:
    """The plain content of one summary; pure, so tests and benchmarks can feed it directly."""
    scan, company, questionnaire = view.scan, view.company, view.questionnaire
    sector = sector_by_key(company.sector)
    done = scan.status == COMPLETED
    moment = (scan.completed_at if done else None) or scan.updated_at or scan.started_at
    titles = {d.id: d.title.get(language) for d in questionnaire.dimensions}
    stage_names = {key: STAGE_NAMES[key].get(language) for key in STAGES}
    value_chain = result.value_chain
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
        adopter=ADOPTER_NAMES[result.adopter_category].get(language) if result.adopter_category else None,
        adopter_share=phrases.ADOPTER_SHARES[result.adopter_category].get(language) if result.adopter_category else None,
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
            )
            for d, score in zip(questionnaire.dimensions, result.dimensions, strict=True)
        ),
        sector_benchmark=_benchmark(groups.get(company.sector)),
        programme_benchmark=_benchmark(groups.get(PROGRAMME)),
        strengths=tuple(result.strengths),
        priorities=tuple(
            PriorityArea(
                id=p.dimension_id,
                title=titles[p.dimension_id],
                score=(p.mean - 1.0) * 25.0,
                ambition=phrases.AMBITIONS[p.ambition].get(language),
                intervention=INTERVENTION_NAMES[p.intervention].get(language),
                actions=tuple(a.get(language) for a in p.actions),
            )
            for p in result.improvement_areas
        ),
        chain=()
        if value_chain is None
        else tuple(
            ChainLink(
                key=key,
                name=CHAIN_NAMES[key].get(language),
                hint=phrases.CHAIN_HINTS[key].get(language),
                score=(mean - 1.0) * 25.0,
                weakest=key == value_chain.weakest,
            )
            for key, mean in value_chain.means.items()
        ),
        chain_weakness=CHAIN_WEAKNESS[value_chain.weakest].get(language) if value_chain else None,
        renewal=_renewal(result, language),
        plan=_plan_block(plan, language),
        voucher=_voucher_block(voucher, language),
        voucher_limit_cents=VOUCHER_LIMIT_CENTS,
        comparison=_comparison(previous, result, titles, stage_names, language),
        notes=_notes(view, language),
        summary_notes=scan.summary_notes.strip(),
        item_count=len(questionnaire.item_ids),
        min_answered=questionnaire.min_answered,
        benchmark_min_n=BENCHMARK_MIN_N,
    )


def _size(view: ScanView, language: str) -> str:
    """The head count where known, else the size class as the intake names it."""
    if view.company.employees is not None:
        return phrases.EMPLOYEES.format(n=view.company.employees).get(language)
    band = view.scan.intake.get("size_class") or view.company.size_band
    labels = {o.value: o.label.get(language) for q in view.questionnaire.intake if q.id == "size_class" for o in q.options}
    return labels.get(str(band), str(band)) if band else ""


def _benchmark(group: BenchmarkGroup | None) -> Benchmark | None:
    if group is None:
        return None
    return Benchmark(group.n, group.shown, {k: (v - 1.0) * 25.0 for k, v in sorted(group.means.items())})


def _renewal(result: ScanResult, language: str) -> tuple[RenewalLine, ...]:
    lines = []
    for kind in INNOVATION_TYPES:
        if kind not in result.innovation_types:
            continue
        score = result.innovation_types[kind]
        answer = (phrases.NOT_ANSWERED if score is None else phrases.RENEWAL_LEVELS[score]).get(language)
        lines.append(RenewalLine(INNOVATION_TYPE_NAMES[kind].get(language), score, answer))
    return tuple(lines)


def _plan_for(plans: list[Plan], view: ScanView) -> Plan | None:
    """The plan drawn from this scan (or from the scan it corrects), newest first."""
    own = {view.scan.id, view.scan.revision_of_id}
    matching = [p for p in plans if p.scan_id in own]
    return matching[-1] if matching else None


def _voucher_for(vouchers: list[Voucher], plan: Plan | None) -> Voucher | None:
    linked = [v for v in vouchers if plan is not None and v.plan_id == plan.id]
    loose = [v for v in vouchers if v.plan_id is None]
    chosen = linked or loose
    return chosen[-1] if chosen else None


def _plan_block(plan: Plan | None, language: str) -> PlanBlock | None:
    if plan is None:
        return None
    return PlanBlock(
        title=plan.title,
        actions=tuple(
            PlanLine(
                a.description,
                a.owner,
                a.due_date,
                phrases.ACTION_STATUSES[a.status].get(language) if a.status in phrases.ACTION_STATUSES else a.status,
            )
            for a in plan.actions
        ),
        next_steps=plan.next_steps.strip(),
    )


def _voucher_block(voucher: Voucher | None, language: str) -> VoucherBlock | None:
    if voucher is None:
        return None
    status = phrases.VOUCHER_STATUSES.get(voucher.status)
    next_step = phrases.VOUCHER_NEXT.get(voucher.status)
    return VoucherBlock(
        amount_cents=voucher.amount_cents,
        own_contribution_cents=voucher.own_contribution_cents,
        supplier=voucher.supplier,
        deliverables=voucher.deliverables,
        status=status.get(language) if status else voucher.status,
        next_step=next_step.get(language) if next_step else "",
    )


def _comparison(
    previous: tuple[ScanView, ScanResult] | None,
    result: ScanResult,
    titles: dict[str, str],
    stage_names: dict[str, str],
    language: str,
) -> Comparison | None:
    if previous is None:
        return None
    before_view, before = previous
    before_scores = {d.dimension_id: d.percent for d in before.dimensions}
    lines = [ComparisonLine(phrases.INDEX_ROW.get(language), before.sii_percent, result.sii_percent)]
    lines += [
        ComparisonLine(f"{d.dimension_id} {titles[d.dimension_id]}", before_scores.get(d.dimension_id), d.percent)
        for d in result.dimensions
    ]
    scan = before_view.scan
    return Comparison(
        before_date=local_date(scan.completed_at or scan.started_at),
        before_stage=stage_names[before.stage] if before.stage else None,
        lines=tuple(lines),
    )


def _notes(view: ScanView, language: str) -> tuple[Note, ...]:
    notes = view.notes
    questionnaire: Questionnaire = view.questionnaire
    return tuple(
        Note(item.id, item.text.get(language), notes[item.id].strip())
        for item in questionnaire.items()
        if notes.get(item.id, "").strip()
    )

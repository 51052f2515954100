"""The parts of the view model built from records: priorities, chain, renewal, plan, voucher, comparison, notes."""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..domain.questionnaire import CHAIN_NAMES, INNOVATION_TYPE_NAMES, INNOVATION_TYPES, INTERVENTION_NAMES, Questionnaire
from ..domain.scoring import ScanResult, to_percent
from ..services.views import PlanView, ScanView, VoucherView
from . import phrases
from .model import (
    ActionLine,
    ChainLink,
    Comparison,
    ComparisonLine,
    Note,
    PlanBlock,
    PlanLine,
    PriorityArea,
    RenewalLine,
    VoucherBlock,
)


def local_date(moment: datetime) -> date:
    """The calendar date in the programme's region; UTC where the zone database is missing."""
    zone: tzinfo
    try:
        zone = ZoneInfo("Europe/Amsterdam")
    except ZoneInfoNotFoundError:  # pragma: no cover - Windows without tzdata
        zone = UTC
    return moment.astimezone(zone).date()


def priority_areas(
    result: ScanResult, questionnaire: Questionnaire, titles: dict[str, str], language: str
) -> tuple[PriorityArea, ...]:
    sources = questionnaire.sources
    return tuple(
        PriorityArea(
            id=p.dimension_id,
            title=titles[p.dimension_id],
            score=to_percent(p.mean),
            ambition=phrases.AMBITIONS[p.ambition].get(language),
            intervention=INTERVENTION_NAMES[p.intervention].get(language),
            actions=tuple(
                ActionLine(
                    r.item_id,
                    r.score,
                    r.text.get(language),
                    sources[r.source].label.get(language) if r.source in sources else r.source,
                )
                for r in p.recommendations
            ),
            general_actions=() if p.recommendations else tuple(a.get(language) for a in p.actions),
            weakest_link=result.weakest_link_added and p.dimension_id == result.weakest_dimension,
        )
        for p in result.improvement_areas
    )


def chain_links(result: ScanResult, language: str) -> tuple[ChainLink, ...]:
    chain = result.value_chain
    if chain is None:
        return ()
    weak = chain.weak_links
    return tuple(
        ChainLink(key, CHAIN_NAMES[key].get(language), phrases.CHAIN_HINTS[key].get(language), to_percent(mean), key in weak)
        for key, mean in chain.means.items()
    )


def renewal(view: ScanView, result: ScanResult, language: str) -> tuple[RenewalLine, ...]:
    """Per Oslo innovation type what was answered; "don't know" is told apart from no answer at all."""
    answers = view.answers
    by_type = {item.innovation_type: item for item in view.questionnaire.typed_items}
    lines = []
    for kind in INNOVATION_TYPES:
        if kind not in result.innovation_types:
            continue
        score = result.innovation_types[kind]
        item = by_type.get(kind)
        if score is not None:
            answer = phrases.RENEWAL_LEVELS[score].get(language)
        elif item is not None and item.id in answers:
            answer = view.questionnaire.not_applicable.get(language)
        else:
            answer = phrases.NOT_ANSWERED.get(language)
        lines.append(RenewalLine(INNOVATION_TYPE_NAMES[kind].get(language), score, answer))
    return tuple(lines)


def plan_block(plan: PlanView | None, language: str, drawn_up_after: date | None) -> PlanBlock | None:
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
        drawn_up_after=drawn_up_after,
    )


def voucher_block(voucher: VoucherView | None, language: str) -> VoucherBlock | None:
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


def comparison(
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
        before_sii=before.sii_percent,
        before_stage=stage_names[before.stage] if before.stage else None,
        before_scores=before_scores,
        lines=tuple(lines),
    )


def notes(view: ScanView, language: str) -> tuple[Note, ...]:
    written = view.notes
    return tuple(
        Note(item.id, item.text.get(language), written[item.id].strip())
        for item in view.questionnaire.items()
        if written.get(item.id, "").strip()
    )

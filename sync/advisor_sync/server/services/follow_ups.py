"""Which companies have a first scan and a follow-up, for the effect figures (``effect`` does the statistics).

A company takes part when it has at least two current completed scans (two
lineages: a correction is not a follow-up). Its *first* scan is the one whose
lineage was completed first, its *follow-up* the one completed last. A
company is in the voucher group when a voucher of it was completed no later
than the follow-up, in the "none" group when it never had a voucher beyond a
draft or a rejected request; anything in between (requested, approved,
completed after the follow-up) is in neither. Its intervention types are
the TNO types of the dimensions its plans' actions work on.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisor_app.dbkit.types import utcnow
from advisor_app.domain.questionnaire import INTERVENTION_NAMES, Questionnaire
from advisor_app.domain.scoring import STAGES, to_percent
from advisor_app.domain.sectors import SECTORS
from advisor_app.domain.text import Text

from ...protocol.figures import Effect
from ..models import PlanRecord, VoucherRecord
from .effect import Pair, VoucherGroup, build_effect
from .scored import ScoredScan, dimensions, interventions_of, scored_scans

GROUPS = {
    "all": Text("Alle bedrijven", "All companies"),
    "completed": Text("Voucher afgerond", "Voucher completed"),
    "none": Text("Geen voucher", "No voucher"),
}
NO_VOUCHER = ("draft", "rejected")


@dataclass(frozen=True)
class FollowUp:
    """A pair with the scans behind it, for the CSV of the rows behind each effect figure."""

    pair: Pair
    first: ScoredScan
    latest: ScoredScan


def follow_ups(session: Session, questionnaires: Mapping[str, Questionnaire]) -> list[FollowUp]:
    by_company: dict[uuid.UUID, list[ScoredScan]] = defaultdict(list)
    for scored in scored_scans(session, questionnaires):
        by_company[scored.company.id].append(scored)
    vouchers: dict[uuid.UUID, list[VoucherRecord]] = defaultdict(list)
    for voucher in session.scalars(select(VoucherRecord).where(~VoucherRecord.deleted)):
        vouchers[voucher.company_id].append(voucher)
    types = interventions_of(questionnaires)
    worked_on: dict[uuid.UUID, set[str]] = defaultdict(set)
    for plan in session.scalars(select(PlanRecord).where(~PlanRecord.deleted)):
        worked_on[plan.company_id] |= {types[a["dimension_id"]] for a in plan.actions if a.get("dimension_id") in types}
    found = []
    for company_id, scans in by_company.items():
        if len(scans) < 2:
            continue
        first, latest = scans[0], scans[-1]
        found.append(
            FollowUp(
                pair=Pair(
                    company_id=company_id,
                    sector=first.company.sector,
                    voucher=_voucher_group(vouchers[company_id], latest),
                    interventions=frozenset(worked_on[company_id]),
                    index_before=_index(first),
                    index_after=_index(latest),
                    before=_scores(first),
                    after=_scores(latest),
                    stage_before=_stage(first),
                    stage_after=_stage(latest),
                ),
                first=first,
                latest=latest,
            )
        )
    return sorted(found, key=lambda f: (f.first.counted_at, str(f.pair.company_id)))


def _voucher_group(vouchers: Sequence[VoucherRecord], latest: ScoredScan) -> VoucherGroup:
    follow_up_done = latest.scan.completed_at or latest.counted_at
    for voucher in vouchers:
        if voucher.status == "completed" and (voucher.status_changed_at is None or voucher.status_changed_at <= follow_up_done):
            return "completed"
    return "none" if all(voucher.status in NO_VOUCHER for voucher in vouchers) else "other"


def _index(scored: ScoredScan) -> float | None:
    return None if scored.result is None or scored.result.sii is None else to_percent(scored.result.sii)


def _scores(scored: ScoredScan) -> dict[str, float]:
    if scored.result is None:
        return {}
    return {d.dimension_id: d.percent for d in scored.result.dimensions if d.percent is not None}


def _stage(scored: ScoredScan) -> int | None:
    if scored.result is None or scored.result.stage is None:
        return None
    return STAGES.index(scored.result.stage)


def programme_effect(session: Session, questionnaires: Mapping[str, Questionnaire], language: str) -> Effect:
    return effect_of([f.pair for f in follow_ups(session, questionnaires)], questionnaires, language)


def effect_of(pairs: Sequence[Pair], questionnaires: Mapping[str, Questionnaire], language: str) -> Effect:
    return build_effect(
        pairs,
        dimensions=[(dimension_id, title.get(language)) for dimension_id, title in dimensions(questionnaires)],
        sectors={sector.key: sector.name.get(language) for sector in SECTORS},
        interventions={key: name.get(language) for key, name in INTERVENTION_NAMES.items()},
        groups={key: label.get(language) for key, label in GROUPS.items()},
        now=utcnow(),
    )

"""The programme's figures for coordinators: scans, vouchers and implementation against the targets.

Counted from the live records: a scan counts once per lineage (a corrected
revision replaces the original, and counts in the month the original was
completed); a voucher commits budget once approved; an implementation
trajectory is a company whose voucher was approved.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisor_app.dbkit.types import utcnow
from advisor_app.domain.csvcells import csv_text
from advisor_app.domain.formatting import round_half_up
from advisor_app.domain.money import euros
from advisor_app.domain.questionnaire import Questionnaire
from advisor_app.domain.rules import ACTION_STATUSES, VOUCHER_STATUSES
from advisor_app.domain.scoring import to_percent
from advisor_app.domain.sectors import SECTORS, sector_by_key
from advisor_app.domain.text import Text
from advisor_app.domain.vocabulary import ActionStatus, ScanStatus, VoucherStatus

from ...protocol.figures import (
    CountRow,
    FunnelStep,
    ImplementationFigures,
    Monitoring,
    MonthRow,
    ScanFigures,
    VoucherFigures,
    VoucherStatusRow,
)
from ..core.config import Settings
from ..models import CompanyRecord, PlanRecord, ScanRecord, User, VoucherRecord
from .benchmarks import current_completed_scans, score

COMMITTED = (VoucherStatus.APPROVED, VoucherStatus.COMPLETED)
REQUESTED = (VoucherStatus.SUBMITTED, VoucherStatus.APPROVED, VoucherStatus.COMPLETED)
FUNNEL = (
    ("scanned", Text("Scan afgerond", "Scan completed")),
    ("plan", Text("Implementatieplan", "Implementation plan")),
    ("voucher_requested", Text("Voucher aangevraagd", "Voucher requested")),
    ("voucher_approved", Text("Voucher toegekend (traject)", "Voucher approved (trajectory)")),
    ("implemented", Text("Traject afgerond", "Trajectory completed")),
)


def monitoring(session: Session, settings: Settings, language: str) -> Monitoring:
    users = {user.id: user for user in session.scalars(select(User))}
    current = current_completed_scans(session)
    all_scans = {scan.id: scan for scan in session.scalars(select(ScanRecord).where(~ScanRecord.deleted))}
    live_companies = set(session.scalars(select(CompanyRecord.id).where(~CompanyRecord.deleted)))
    drafts = [
        scan
        for scan in all_scans.values()
        if scan.status == ScanStatus.DRAFT and scan.revision_of_id is None and scan.company_id in live_companies
    ]
    sectors = Counter(company.sector for _, company in current)
    draft_sectors = Counter(
        sector
        for (sector,) in session.execute(
            select(CompanyRecord.sector)
            .join(ScanRecord, ScanRecord.company_id == CompanyRecord.id)
            .where(ScanRecord.id.in_([scan.id for scan in drafts]))
        )
    )
    months = Counter(_first_completion(scan, all_scans).strftime("%Y-%m") for scan, _ in current)
    advisors = Counter(scan.owner_id for scan, _ in current)
    draft_advisors = Counter(scan.owner_id for scan in drafts)
    completed = len(current)

    vouchers = list(session.scalars(select(VoucherRecord).where(~VoucherRecord.deleted)))
    vouchers = [voucher for voucher in vouchers if voucher.company_id in live_companies]
    amount = {status: sum(v.amount_cents for v in vouchers if v.status == status) for status in VOUCHER_STATUSES}
    count = Counter(voucher.status for voucher in vouchers)
    committed = sum(amount[status] for status in COMMITTED)

    plans = [plan for plan in session.scalars(select(PlanRecord).where(~PlanRecord.deleted)) if plan.company_id in live_companies]
    steps = {
        "scanned": {company.id for _, company in current},
        "plan": {plan.company_id for plan in plans},
        "voucher_requested": {v.company_id for v in vouchers if v.status in REQUESTED},
        "voucher_approved": {v.company_id for v in vouchers if v.status in COMMITTED},
        "implemented": {v.company_id for v in vouchers if v.status == VoucherStatus.COMPLETED},
    }
    actions = Counter(action.get("status", ActionStatus.OPEN) for plan in plans for action in plan.actions)

    return Monitoring(
        generated_at=utcnow(),
        scans=ScanFigures(
            target=settings.scan_target,
            completed=completed,
            drafts=len(drafts),
            share_of_target=float(round_half_up(completed / settings.scan_target, 4)),
            by_sector=[
                CountRow(key=s.key, label=s.name.get(language), completed=sectors[s.key], drafts=draft_sectors[s.key])
                for s in SECTORS
            ],
            by_month=[MonthRow(month=month, completed=months[month]) for month in sorted(months)],
            by_advisor=[
                CountRow(
                    key=users[owner].username,
                    label=users[owner].display_name,
                    completed=advisors[owner],
                    drafts=draft_advisors[owner],
                )
                for owner in sorted(set(advisors) | set(draft_advisors), key=lambda o: users[o].username)
            ],
        ),
        vouchers=VoucherFigures(
            budget_cents=settings.voucher_budget_cents,
            committed_cents=committed,
            requested_cents=amount[VoucherStatus.SUBMITTED],
            completed_cents=amount[VoucherStatus.COMPLETED],
            share_committed=float(round_half_up(committed / settings.voucher_budget_cents, 4)),
            by_status=[
                VoucherStatusRow(status=status, count=count[status], amount_cents=amount[status]) for status in VOUCHER_STATUSES
            ],
        ),
        implementation=ImplementationFigures(
            target=settings.trajectory_target,
            trajectories=len(steps["voucher_approved"]),
            funnel=[FunnelStep(step=key, label=label.get(language), companies=len(steps[key])) for key, label in FUNNEL],
            actions_by_status={status: actions[status] for status in ACTION_STATUSES},
        ),
    )


def _first_completion(scan: ScanRecord, scans: Mapping[uuid.UUID, ScanRecord]) -> datetime:
    """A corrected scan counts in the month its lineage was first completed."""
    seen = {scan.id}
    while scan.revision_of_id is not None and scan.revision_of_id in scans and scan.revision_of_id not in seen:
        scan = scans[scan.revision_of_id]
        seen.add(scan.id)
    return scan.completed_at or scan.started_at


def summary_csv(figures: Monitoring, language: str) -> str:
    """The monitoring figures as one long table (section; key; label; value; target), for Excel."""
    rows: list[tuple[str, str, str, object, object]] = [
        ("scans", "completed", "", figures.scans.completed, figures.scans.target),
        ("scans", "drafts", "", figures.scans.drafts, ""),
    ]
    rows += [("scans_by_sector", r.key, r.label, r.completed, "") for r in figures.scans.by_sector]
    rows += [("scans_by_month", r.month, "", r.completed, "") for r in figures.scans.by_month]
    rows += [("scans_by_advisor", r.key, r.label, r.completed, "") for r in figures.scans.by_advisor]
    rows += [
        (
            "vouchers",
            "committed_eur",
            "",
            euros(figures.vouchers.committed_cents),
            euros(figures.vouchers.budget_cents),
        ),
        ("vouchers", "requested_eur", "", euros(figures.vouchers.requested_cents), ""),
    ]
    rows += [("vouchers_by_status", r.status, str(r.count), euros(r.amount_cents), "") for r in figures.vouchers.by_status]
    rows += [("implementation", "trajectories", "", figures.implementation.trajectories, figures.implementation.target)]
    rows += [("funnel", step.step, step.label, step.companies, "") for step in figures.implementation.funnel]
    rows += [("actions_by_status", status, "", n, "") for status, n in figures.implementation.actions_by_status.items()]
    return csv_text(("section", "key", "label", "value", "target"), rows, language)


def scans_csv(session: Session, questionnaires: Mapping[str, Questionnaire], language: str) -> str:
    """One row per current completed scan, for evaluation; names only where the company consented."""
    users = {user.id: user for user in session.scalars(select(User))}
    vouchers = {
        voucher.company_id: voucher
        for voucher in session.scalars(select(VoucherRecord).where(~VoucherRecord.deleted).order_by(VoucherRecord.version))
    }
    dimension_ids: list[str] = []
    for questionnaire in questionnaires.values():
        dimension_ids += [d.id for d in questionnaire.dimensions if d.id not in dimension_ids]
    header = (
        "scan_id",
        "company",
        "kvk",
        "sector",
        "size_band",
        "municipality",
        "advisor",
        "completed_at",
        "questionnaire",
        "sii",
        "stage",
        *dimension_ids,
        "voucher_status",
        "voucher_eur",
    )
    rows = []
    for scan, company in sorted(current_completed_scans(session), key=lambda pair: pair[0].completed_at or pair[0].started_at):
        result = score(scan, questionnaires)
        scores = {d.dimension_id: d.percent for d in result.dimensions} if result else {}
        voucher = vouchers.get(company.id)
        rows.append(
            (
                str(scan.id),
                company.name if company.consent else "",
                company.kvk if company.consent else "",
                sector_by_key(company.sector).key,
                company.size_band or "",
                company.municipality,
                users[scan.owner_id].username,
                scan.completed_at.isoformat() if scan.completed_at else "",
                f"{scan.questionnaire_id}@{scan.questionnaire_version}",
                _one_decimal(to_percent(result.sii) if result and result.sii is not None else None),
                result.stage if result and result.stage else "",
                *(_one_decimal(scores.get(d)) for d in dimension_ids),
                voucher.status if voucher else "",
                euros(voucher.amount_cents) if voucher else "",
            )
        )
    return csv_text(header, rows, language)


def _one_decimal(value: float | None) -> Decimal | str:
    """A score with one decimal, rounded half up as the app and the PDF round it (6.25 -> 6.3)."""
    return "" if value is None else round_half_up(value, 1)

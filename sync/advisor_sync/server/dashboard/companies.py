"""Finding a company and everything the server holds about it (records and their history)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from advisor_app.domain import invariants
from advisor_app.domain.questionnaire import Questionnaire
from advisor_app.domain.scoring import ScanResult

from ..models import AuditEntry, CompanyRecord, PlanRecord, ScanRecord, User, VoucherRecord
from ..services.benchmarks import score
from ..services.push_checks import scan_facts

SHOWN = 50


@dataclass(frozen=True)
class Found:
    companies: list[CompanyRecord]
    total: int


def search(session: Session, query: str) -> Found:
    """Live companies whose name, KvK number or municipality contains ``query`` (case-insensitive), newest first."""
    condition = ~CompanyRecord.deleted
    words = query.strip()
    if words:
        cleaned = words.lower().replace("\\", "").replace("%", "").replace("_", "")
        pattern = f"%{cleaned}%"
        condition = condition & or_(
            func.lower(CompanyRecord.name).like(pattern),
            CompanyRecord.kvk.like(pattern),
            func.lower(CompanyRecord.municipality).like(pattern),
        )
    total = session.scalar(select(func.count()).select_from(CompanyRecord).where(condition)) or 0
    rows = session.scalars(select(CompanyRecord).where(condition).order_by(CompanyRecord.name).limit(SHOWN))
    return Found(list(rows), total)


@dataclass(frozen=True)
class ScanLine:
    scan: ScanRecord
    result: ScanResult | None
    replaced: bool
    advisor: str


@dataclass(frozen=True)
class HistoryLine:
    entry: AuditEntry
    who: str


@dataclass(frozen=True)
class CompanyFile:
    company: CompanyRecord
    scans: list[ScanLine]
    plans: list[PlanRecord]
    vouchers: list[VoucherRecord]
    history: list[HistoryLine]


def company_file(session: Session, company_id: uuid.UUID, questionnaires: Mapping[str, Questionnaire]) -> CompanyFile | None:
    company = session.get(CompanyRecord, company_id)
    if company is None or company.deleted:
        return None
    users = {user.id: user.display_name for user in session.scalars(select(User))}
    scans = list(
        session.scalars(
            select(ScanRecord).where(ScanRecord.company_id == company_id, ~ScanRecord.deleted).order_by(ScanRecord.started_at)
        )
    )
    replaced = invariants.superseded_ids(scan_facts(scan) for scan in scans)
    plans = list(
        session.scalars(
            select(PlanRecord).where(PlanRecord.company_id == company_id, ~PlanRecord.deleted).order_by(PlanRecord.created_at)
        )
    )
    vouchers = list(
        session.scalars(
            select(VoucherRecord)
            .where(VoucherRecord.company_id == company_id, ~VoucherRecord.deleted)
            .order_by(VoucherRecord.created_at)
        )
    )
    record_ids = [company_id] + [
        row_id
        for model in (ScanRecord, PlanRecord, VoucherRecord)
        for row_id in session.scalars(select(model.id).where(model.company_id == company_id))
    ]
    history = session.scalars(
        select(AuditEntry).where(AuditEntry.record_id.in_(record_ids)).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    )
    return CompanyFile(
        company=company,
        scans=[
            ScanLine(
                scan,
                score(scan, questionnaires) if scan.status == "completed" else None,
                scan.id in replaced,
                users.get(scan.owner_id, ""),
            )
            for scan in scans
        ],
        plans=plans,
        vouchers=vouchers,
        history=[HistoryLine(entry, users.get(entry.user_id, "") if entry.user_id else "") for entry in history],
    )

"""One line per company with a plan or a voucher: the programme's implementation at a glance."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, func, select

from ..store.database import Database
from ..store.models import Company, Plan, PlanAction, Voucher


@dataclass(frozen=True)
class PlanLine:
    company_id: uuid.UUID
    company: str
    plans: int
    actions: int
    actions_done: int
    voucher_cents: int | None
    voucher_status: str | None
    updated_at: datetime


def plan_overview(db: Database) -> list[PlanLine]:
    """Three grouped queries whatever the number of companies; the live voucher is the newest not rejected."""
    plan_counts = (
        select(
            Plan.company_id,
            func.count(func.distinct(Plan.id)).label("plans"),
            func.count(PlanAction.id).label("actions"),
            func.coalesce(func.sum(case((PlanAction.status == "done", 1), else_=0)), 0).label("done"),
            func.max(Plan.updated_at).label("updated"),
        )
        .outerjoin(PlanAction, PlanAction.plan_id == Plan.id)
        .where(~Plan.deleted)
        .group_by(Plan.company_id)
    )
    vouchers = (
        select(Voucher.company_id, Voucher.amount_cents, Voucher.status, Voucher.updated_at)
        .where(~Voucher.deleted, Voucher.status != "rejected")
        .order_by(Voucher.created_at)
    )
    with db.read() as session:
        names = {row.id: row.name for row in session.execute(select(Company.id, Company.name).where(~Company.deleted))}
        plans = {row.company_id: row for row in session.execute(plan_counts)}
        live = {row.company_id: row for row in session.execute(vouchers)}
    lines = []
    for company_id in plans.keys() | live.keys():
        if company_id not in names:
            continue
        plan, voucher = plans.get(company_id), live.get(company_id)
        moments = [m for m in (plan.updated if plan else None, voucher.updated_at if voucher else None) if m is not None]
        lines.append(
            PlanLine(
                company_id=company_id,
                company=names[company_id],
                plans=plan.plans if plan else 0,
                actions=plan.actions if plan else 0,
                actions_done=int(plan.done) if plan else 0,
                voucher_cents=voucher.amount_cents if voucher else None,
                voucher_status=voucher.status if voucher else None,
                updated_at=max(moments),
            )
        )
    return sorted(lines, key=lambda line: line.company.casefold())

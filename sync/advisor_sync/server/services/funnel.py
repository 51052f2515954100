"""The implementation funnel as sets of companies, and per month of each company's first completed scan.

``monitoring`` counts the funnel's steps; this module names the companies at
each step (the same definitions: a current completed scan, a live plan, a
voucher requested, approved or completed), so the dashboard can list the rows
behind a step and follow each month's newly scanned companies down the funnel
(a cohort view: of the companies first scanned in March, how many have a
plan, a voucher, a completed trajectory today).
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisor_app.dbkit.types import utcnow

from ...protocol.figures import FunnelFigures, FunnelMonth
from ..models import CompanyRecord, PlanRecord, VoucherRecord
from .monitoring import COMMITTED, FUNNEL, REQUESTED
from .scored import counted_scans

STEPS = tuple(key for key, _ in FUNNEL)
VOUCHER_STEPS = {"voucher_requested": REQUESTED, "voucher_approved": COMMITTED, "implemented": ("completed",)}


def funnel_members(session: Session, first_scans: dict[uuid.UUID, str]) -> dict[str, set[uuid.UUID]]:
    """The companies at each step; ``first_scans`` (from :func:`first_scan_months`) are the scanned ones."""
    live = set(session.scalars(select(CompanyRecord.id).where(~CompanyRecord.deleted)))
    vouchers = [v for v in session.scalars(select(VoucherRecord).where(~VoucherRecord.deleted)) if v.company_id in live]
    members = {
        "scanned": set(first_scans),
        "plan": {p.company_id for p in session.scalars(select(PlanRecord).where(~PlanRecord.deleted)) if p.company_id in live},
    }
    for step, statuses in VOUCHER_STEPS.items():
        members[step] = {v.company_id for v in vouchers if v.status in statuses}
    return members


def first_scan_months(session: Session) -> dict[uuid.UUID, str]:
    """Each scanned company's cohort: the month its first completed scan counts in."""
    months: dict[uuid.UUID, str] = {}
    for _, company, counted_at in counted_scans(session):  # in the order the scans count
        months.setdefault(company.id, counted_at.strftime("%Y-%m"))
    return months


def funnel_by_month(session: Session, language: str) -> FunnelFigures:
    months = first_scan_months(session)
    members = funnel_members(session, months)
    return FunnelFigures(
        generated_at=utcnow(),
        steps={key: label.get(language) for key, label in FUNNEL},
        months=[
            FunnelMonth(
                month=month,
                companies={step: sum(1 for c in members[step] if months.get(c) == month) for step in STEPS},
            )
            for month in sorted(set(months.values()))
        ],
        without_scan={step: sum(1 for c in members[step] if c not in months) for step in STEPS},
    )

"""The rows behind every figure on the dashboard, as CSV for Excel in the coordinator's language (domain ``csv_text``).

Each figure links here with the filter that selects exactly the rows it
counts; ``tests/server/test_dashboard.py`` checks row counts against
``GET /monitoring``. Company names and KvK numbers appear only where the
company consented to sharing, as in ``/monitoring/scans.csv``; every cell goes
through the domain's ``csv_text`` (``neutral_cell``), so no name can run as a formula in Excel.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisor_app.domain.csvcells import csv_text
from advisor_app.domain.formatting import round_half_up
from advisor_app.domain.money import euros
from advisor_app.domain.questionnaire import Questionnaire

from ..models import CompanyRecord, PlanRecord, ScanRecord, User, VoucherRecord
from ..services.breakdowns import companies_of
from ..services.follow_ups import FollowUp
from ..services.funnel import first_scan_months, funnel_members
from ..services.monitoring import COMMITTED, REQUESTED
from ..services.scored import ScoredScan, dimensions, latest_of_each_company, ranked_against, scored_scans


def _score(value: float | None) -> Decimal | str:
    """A score (or change) with one decimal, rounded half up as the app and the PDF round it (6.25 -> 6.3)."""
    return "" if value is None else round_half_up(value, 1)


def _shared(company: CompanyRecord) -> tuple[str, str]:
    return (company.name, company.kvk) if company.consent else ("", "")


def _usernames(session: Session) -> dict[object, str]:
    return {user.id: user.username for user in session.scalars(select(User))}


def scans(
    session: Session,
    questionnaires: Mapping[str, Questionnaire],
    *,
    language: str,
    sector: str = "",
    month: str = "",
    advisor: str = "",
    stage: str = "",
    adopter: str = "",
    latest: bool = False,
) -> str:
    """Current completed scans, one row each; the filters are those of the figures that link here.

    ``latest`` keeps each company's latest scan with an index: the companies behind the sector means,
    adopter categories and stages.
    """
    users = _usernames(session)
    dimension_ids = [d for d, _ in dimensions(questionnaires)]
    header = (
        "scan_id",
        "company_id",
        "company",
        "kvk",
        "sector",
        "advisor",
        "month",
        "completed_at",
        "questionnaire",
        "index",
        "stage",
        "adopter_category",
        *dimension_ids,
    )
    everyone = scored_scans(session, questionnaires)
    rows = []
    for scored in ranked_against(latest_of_each_company(everyone) if latest else everyone, everyone, questionnaires):
        result = scored.result
        if (
            (sector and scored.company.sector != sector)
            or (month and scored.month != month)
            or (advisor and users[scored.scan.owner_id] != advisor)
            or (stage and (result is None or result.stage != stage))
            or (adopter and scored.adopter != adopter)
        ):
            continue
        rows.append(_scan_row(scored, users, dimension_ids))
    return csv_text(header, rows, language)


def _scan_row(scored: ScoredScan, users: Mapping[object, str], dimension_ids: Sequence[str]) -> tuple[object, ...]:
    result, scan = scored.result, scored.scan
    percents = {d.dimension_id: d.percent for d in result.dimensions} if result else {}
    return (
        scan.id,
        scored.company.id,
        *_shared(scored.company),
        scored.company.sector,
        users[scan.owner_id],
        scored.month,
        scan.completed_at.isoformat() if scan.completed_at else "",
        f"{scan.questionnaire_id}@{scan.questionnaire_version}",
        _score(result.sii_percent if result else None),
        (result.stage or "") if result else "",
        scored.adopter or "",
        *(_score(percents.get(d)) for d in dimension_ids),
    )


def drafts(session: Session, *, language: str, sector: str = "", advisor: str = "") -> str:
    """Draft scans as ``GET /monitoring`` counts them: first versions of live companies."""
    users = _usernames(session)
    found = session.execute(
        select(ScanRecord, CompanyRecord)
        .join(CompanyRecord, CompanyRecord.id == ScanRecord.company_id)
        .where(ScanRecord.status == "draft", ScanRecord.revision_of_id.is_(None), ~ScanRecord.deleted, ~CompanyRecord.deleted)
        .order_by(ScanRecord.started_at)
    ).all()
    rows = [
        (scan.id, company.id, *_shared(company), company.sector, users[scan.owner_id], scan.started_at.isoformat())
        for scan, company in found
        if (not sector or company.sector == sector) and (not advisor or users[scan.owner_id] == advisor)
    ]
    return csv_text(("scan_id", "company_id", "company", "kvk", "sector", "advisor", "started_at"), rows, language)


def _live_vouchers(session: Session) -> list[tuple[VoucherRecord, CompanyRecord]]:
    return list(
        session.execute(
            select(VoucherRecord, CompanyRecord)
            .join(CompanyRecord, CompanyRecord.id == VoucherRecord.company_id)
            .where(~VoucherRecord.deleted, ~CompanyRecord.deleted)
            .order_by(VoucherRecord.created_at)
        )
    )


VOUCHER_SETS = {"committed": COMMITTED, "requested": REQUESTED}


def vouchers(session: Session, *, language: str, status: str = "", advisor: str = "") -> str:
    """Vouchers of live companies; ``status`` is one status, or ``committed`` / ``requested`` as the budget figures count."""
    users = _usernames(session)
    wanted = VOUCHER_SETS.get(status, (status,))
    rows = [
        (
            voucher.id,
            company.id,
            *_shared(company),
            company.sector,
            users[voucher.owner_id],
            voucher.status,
            euros(voucher.amount_cents),
            euros(voucher.own_contribution_cents),
            voucher.supplier,
            voucher.status_changed_at.isoformat() if voucher.status_changed_at else "",
        )
        for voucher, company in _live_vouchers(session)
        if (not status or voucher.status in wanted) and (not advisor or users[voucher.owner_id] == advisor)
    ]
    header = (
        "voucher_id",
        "company_id",
        "company",
        "kvk",
        "sector",
        "advisor",
        "status",
        "amount_eur",
        "own_contribution_eur",
        "supplier",
        "status_changed_at",
    )
    return csv_text(header, rows, language)


def funnel(session: Session, step: str, *, language: str, month: str = "") -> str:
    """The companies at one step of the funnel (the sets ``monitoring`` counts); ``month``: first scanned that month."""
    companies = {c.id: c for c in session.scalars(select(CompanyRecord).where(~CompanyRecord.deleted))}
    cohort = first_scan_months(session)
    members = funnel_members(session, cohort).get(step, set())
    if month:
        members = {m for m in members if cohort.get(m) == month}
    rows = [
        (c.id, *_shared(c), c.sector, c.municipality) for c in sorted((companies[m] for m in members), key=lambda c: c.created_at)
    ]
    return csv_text(("company_id", "company", "kvk", "sector", "municipality"), rows, language)


def plans(session: Session, *, language: str, advisor: str = "") -> str:
    """Live plans of live companies, by who made them."""
    users = _usernames(session)
    found = session.execute(
        select(PlanRecord, CompanyRecord)
        .join(CompanyRecord, CompanyRecord.id == PlanRecord.company_id)
        .where(~PlanRecord.deleted, ~CompanyRecord.deleted)
        .order_by(PlanRecord.created_at)
    )
    rows = [
        (
            plan.id,
            company.id,
            *_shared(company),
            company.sector,
            users[plan.owner_id],
            len(plan.actions),
            plan.created_at.isoformat(),
        )
        for plan, company in found
        if not advisor or users[plan.owner_id] == advisor
    ]
    return csv_text(("plan_id", "company_id", "company", "kvk", "sector", "advisor", "actions", "created_at"), rows, language)


def advisor_companies(session: Session, advisor: str, *, language: str) -> str:
    """The companies an advisor works for (as the Advisors page counts them)."""
    user = session.scalars(select(User).where(User.username == advisor)).first()
    ids = companies_of(session).get(user.id, set()) if user else set()
    found = list(session.scalars(select(CompanyRecord).where(CompanyRecord.id.in_(ids)).order_by(CompanyRecord.created_at)))
    return csv_text(
        ("company_id", "company", "kvk", "sector", "municipality"),
        [(c.id, *_shared(c), c.sector, c.municipality) for c in found],
        language,
    )


def actions(session: Session, *, language: str, status: str = "") -> str:
    live = set(session.scalars(select(CompanyRecord.id).where(~CompanyRecord.deleted)))
    rows = [
        (plan.id, plan.company_id, action.get("dimension_id") or "", action.get("status", "open"), action.get("due_date") or "")
        for plan in session.scalars(select(PlanRecord).where(~PlanRecord.deleted).order_by(PlanRecord.created_at))
        if plan.company_id in live
        for action in plan.actions
        if not status or action.get("status", "open") == status
    ]
    return csv_text(("plan_id", "company_id", "dimension", "status", "due_date"), rows, language)


def follow_up_rows(found: Sequence[FollowUp], questionnaires: Mapping[str, Questionnaire], group: str, *, language: str) -> str:
    """The pairs behind one effect figure: ``all``, ``completed``, ``none``, ``sector:KEY`` or ``intervention:KEY``."""
    kind, _, key = group.partition(":")
    dimension_ids = [d for d, _ in dimensions(questionnaires)]
    rows = []
    for follow_up in found:
        pair = follow_up.pair
        if (
            (kind in ("completed", "none") and pair.voucher != kind)
            or (kind == "sector" and pair.sector != key)
            or (kind == "intervention" and key not in pair.interventions)
        ):
            continue
        rows.append(
            (
                pair.company_id,
                *_shared(follow_up.first.company),
                pair.sector,
                pair.voucher,
                " ".join(sorted(pair.interventions)),
                follow_up.first.scan.id,
                follow_up.first.month,
                follow_up.latest.scan.id,
                follow_up.latest.month,
                _score(pair.index_before),
                _score(pair.index_after),
                _score(pair.index_change),
                "" if pair.stage_went_up is None else int(pair.stage_went_up),
                *(_score(pair.dimension_change(d)) for d in dimension_ids),
            )
        )
    header = (
        "company_id",
        "company",
        "kvk",
        "sector",
        "voucher",
        "interventions",
        "first_scan",
        "first_month",
        "follow_up_scan",
        "follow_up_month",
        "index_before",
        "index_after",
        "index_change",
        "stage_went_up",
        *(f"{d}_change" for d in dimension_ids),
    )
    return csv_text(header, rows, language)

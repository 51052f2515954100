"""Who sees and who writes what.

An advisor sees their own scans, plans and vouchers, and the companies they
registered, were assigned, or hold a record of; they write only those. A
coordinator (and an admin) reads everything and writes nothing through the
sync: their devices pull the whole programme read-only.
"""

from __future__ import annotations

import uuid

from sqlalchemy import ColumnElement, exists, or_, select, true
from sqlalchemy.orm import Session

from ..models import CompanyAssignment, CompanyRecord, PlanRecord, Record, ScanRecord, User, VoucherRecord

READ_ALL_ROLES = ("coordinator", "admin")
WRITE_ROLES = ("advisor",)


def reads_everything(user: User) -> bool:
    return user.role in READ_ALL_ROLES


def writes_records(user: User) -> bool:
    return user.role in WRITE_ROLES


def visible(model: type[Record], user: User) -> ColumnElement[bool]:
    """A WHERE clause selecting the rows of ``model`` this user may read."""
    if reads_everything(user):
        return true()
    if model is CompanyRecord:
        return or_(
            CompanyRecord.owner_id == user.id,
            exists().where(CompanyAssignment.company_id == CompanyRecord.id, CompanyAssignment.user_id == user.id),
            *(
                exists().where(child.company_id == CompanyRecord.id, child.owner_id == user.id)
                for child in (ScanRecord, PlanRecord, VoucherRecord)
            ),
        )
    return model.owner_id == user.id


def assigned_company_ids(session: Session, user: User, company_ids: set[uuid.UUID]) -> set[uuid.UUID]:
    if not company_ids:
        return set()
    return set(
        session.scalars(
            select(CompanyAssignment.company_id).where(
                CompanyAssignment.user_id == user.id, CompanyAssignment.company_id.in_(company_ids)
            )
        )
    )

"""Tombstones and the erasure of a company (GDPR), for the push and for the coordinator alike.

A tombstone keeps a record's id, references and status and forgets every
free text and personal detail, so each device learns of the deletion and no
personal data survives it. Erasing a company tombstones everything about it,
whoever recorded it; who may do that is a rule of the rulebook
(:func:`advisor_app.domain.invariants.check_may_erase`): the advisors whose
records are all that hangs on the company, or a coordinator.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..crud.audit import audit
from ..models import COMPANY_PARTS, ChangeCounter, CompanyPart, CompanyRecord, Record, utcnow
from .records import scrub


def tombstone(
    session: Session,
    counter: ChangeCounter,
    entity: str,
    row: Record,
    *,
    user_id: uuid.UUID,
    device_id: uuid.UUID | None,
    cascade: bool,
) -> None:
    """Scrub and delete ``row`` under a new version; the caller holds the counter's lock."""
    scrub(row)
    row.deleted = True
    counter.value += 1
    row.version = counter.value
    row.received_at = utcnow()
    audit(
        session,
        "record.delete",
        user_id=user_id,
        device_id=device_id,
        entity=entity,
        record_id=row.id,
        version=row.version,
        cascade=cascade,
    )


def live_parts(session: Session, company_id: uuid.UUID) -> Iterator[tuple[str, CompanyPart]]:
    """Every live scan, plan and voucher of the company, whoever recorded it."""
    for entity, model in COMPANY_PARTS.items():
        for part in session.scalars(select(model).where(model.company_id == company_id, ~model.deleted)):
            yield entity, part


def owners_of_live_parts(session: Session, company_id: uuid.UUID) -> set[uuid.UUID]:
    owners: set[uuid.UUID] = set()
    for model in COMPANY_PARTS.values():
        owners |= set(session.scalars(select(model.owner_id).where(model.company_id == company_id, ~model.deleted)))
    return owners


def erase_company(
    session: Session, counter: ChangeCounter, company: CompanyRecord, *, user_id: uuid.UUID, device_id: uuid.UUID | None
) -> int:
    """Tombstone the company and everything about it; returns how many records were erased."""
    parts = list(live_parts(session, company.id))
    tombstone(session, counter, "company", company, user_id=user_id, device_id=device_id, cascade=False)
    for entity, part in parts:
        tombstone(session, counter, entity, part, user_id=user_id, device_id=device_id, cascade=True)
    return 1 + len(parts)

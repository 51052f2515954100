"""The two GDPR actions on a company: its data as one JSON file (access), and its erasure by a coordinator.

Coordinators export any company; an advisor exports a company they see (registered, assigned, or
holding a record of) with the records they may read, so the export tells no advisor what a colleague
holds. An erased company has nothing left to export: it is "not found", as an unknown id is.

The API (``POST /companies/{id}/erase``) and the dashboard erase through ``erase``: the same tombstones
as a device's erasure (``services.erasure``), which every device applies at its next pull.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisor_app.dbkit.types import utcnow
from advisor_app.domain.text import Text

from ..core.errors import NotFoundError
from ..crud.audit import audit
from ..models import COMPANY_PARTS, CompanyAssignment, CompanyRecord, FileLink, StoredFile, User
from .access import reads_everything, visible
from .erasure import erase_company
from .records import document_of
from .versions import Versions

FORMAT = "basisscan-company-export/1"


def not_found(company_id: uuid.UUID) -> NotFoundError:
    return NotFoundError(Text(f"Bedrijf {company_id} bestaat niet", f"Company {company_id} does not exist"))


def company_export(session: Session, user: User, company_id: uuid.UUID, *, device_id: uuid.UUID | None) -> dict[str, Any]:
    """The company's documents (as the sync carries them), its scans, plans, vouchers and report files; audited by id."""
    company = session.scalars(
        select(CompanyRecord).where(CompanyRecord.id == company_id, ~CompanyRecord.deleted, visible(CompanyRecord, user))
    ).first()
    if company is None:
        raise not_found(company_id)
    export: dict[str, Any] = {
        "format": FORMAT,
        "exported_at": utcnow().isoformat(),
        "company": {"id": str(company.id), **document_of("company", company)},
    }
    scan_ids: list[uuid.UUID] = []
    for entity, model in COMPANY_PARTS.items():
        query = select(model).where(model.company_id == company_id, ~model.deleted, visible(model, user))
        rows = list(session.scalars(query.order_by(model.created_at)))
        export[f"{entity}s"] = [{"id": str(row.id), **document_of(entity, row)} for row in rows]
        if entity == "scan":
            scan_ids = [row.id for row in rows]
    links = (
        select(FileLink, StoredFile).join(StoredFile, StoredFile.sha256 == FileLink.sha256).where(FileLink.scan_id.in_(scan_ids))
    )
    if not reads_everything(user):
        links = links.where(FileLink.user_id == user.id)
    export["files"] = [
        {"sha256": link.sha256, "scan_id": str(link.scan_id), "size": stored.size, "media_type": stored.media_type}
        for link, stored in session.execute(links.order_by(FileLink.linked_at))
    ]
    export["assigned_to"] = sorted(
        session.scalars(
            select(User.username)
            .join(CompanyAssignment, CompanyAssignment.user_id == User.id)
            .where(CompanyAssignment.company_id == company_id)
        )
    )
    audit(session, "company.export", user_id=user.id, device_id=device_id, entity="company", record_id=company_id)
    return export


def erase(session: Session, company_id: uuid.UUID, *, user_id: uuid.UUID, device_id: uuid.UUID | None) -> int:
    """A coordinator's erasure of the company with every record about it, whoever made them; returns how many.

    Who may call this is the caller's check (coordinators and admins). The audit log gets the ids and
    versions of the tombstones and one ``company.erase`` entry with the count, never the data.
    """
    company = session.get(CompanyRecord, company_id, with_for_update=True)  # as a push holds it (services.push)
    if company is None or company.deleted:
        raise not_found(company_id)
    erased = erase_company(session, Versions(session), company, user_id=user_id, device_id=device_id)
    audit(session, "company.erase", user_id=user_id, device_id=device_id, entity="company", record_id=company_id, erased=erased)
    return erased

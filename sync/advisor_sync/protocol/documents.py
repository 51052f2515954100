"""The entity documents that travel in a push or a pull (protocol version 2).

A document is the whole synced state of one record: a company; a scan with
its answers, intake and ambitions; a plan with its actions; a voucher. Child
rows (answers, actions) travel inside their parent, so a record is always
consistent on arrival. The documents are the domain's records
(:mod:`advisor_app.domain.records`) under the protocol's names: one
description of each record for the device, the wire and the server. They
check shape and type only; the domain rules are applied by :mod:`.validation`.
"""

from __future__ import annotations

import uuid
from typing import Any

from advisor_app.domain import records
from advisor_app.domain.records import ENTITIES, EntityName

Document = records.Record
CompanyDoc = records.Company
AnswerDoc = records.Answer
ScanDoc = records.Scan
ActionDoc = records.Action
PlanDoc = records.Plan
VoucherDoc = records.Voucher
AnyDocument = records.AnyRecord
DOCUMENT_TYPES = records.RECORD_TYPES

__all__ = [
    "DOCUMENT_TYPES",
    "ENTITIES",
    "ActionDoc",
    "AnswerDoc",
    "AnyDocument",
    "CompanyDoc",
    "Document",
    "EntityName",
    "PlanDoc",
    "ScanDoc",
    "VoucherDoc",
    "parse_document",
    "references",
]


def parse_document(entity: str, data: Any) -> AnyDocument:
    """The typed document of ``entity`` (raises pydantic's ``ValidationError`` on a bad shape)."""
    return DOCUMENT_TYPES[entity].model_validate(data)


def references(entity: str, doc: AnyDocument) -> list[tuple[EntityName, uuid.UUID]]:
    """The other records a document names, so both sides can check or fetch them first."""
    found: list[tuple[EntityName, uuid.UUID | None]] = []
    if isinstance(doc, ScanDoc):
        found = [("company", doc.company_id), ("scan", doc.revision_of_id), ("scan", doc.follow_up_of_id)]
    elif isinstance(doc, PlanDoc):
        found = [("company", doc.company_id), ("scan", doc.scan_id)]
    elif isinstance(doc, VoucherDoc):
        found = [("company", doc.company_id), ("plan", doc.plan_id)]
    return [(kind, key) for kind, key in found if key is not None]

"""The entity documents that travel in a push or a pull (protocol version 1).

A document is the whole synced state of one record: a company; a scan with
its answers, intake and ambitions; a plan with its actions; a voucher. Child
rows (answers, actions) travel inside their parent, so a record is always
consistent on arrival. These models check shape and type only; the domain
rules are applied by :mod:`.validation`.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr

from advisor_app.domain.vocabulary import ScanStatus

from .types import Code, Count, Day, Email, Flag, LongText, Moment, Name, ShortText, Title

EntityName = Literal["company", "scan", "plan", "voucher"]
ENTITIES: tuple[EntityName, ...] = ("company", "scan", "plan", "voucher")
"""In dependency order: a record only names records of an earlier entity (or its own)."""

IntakeValue = Annotated[StrictStr, Field(max_length=40)] | Annotated[StrictInt, Field(ge=-1000, le=1000)] | None


class Document(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    created_at: Moment
    updated_at: Moment


class CompanyDoc(Document):
    name: Name
    kvk: Code
    sector: Code
    employees: Annotated[StrictInt, Field(ge=-(2**31), le=2**31 - 1)] | None = None
    size_band: Code | None = None
    municipality: ShortText = ""
    contact_person: ShortText = ""
    email: Email = ""
    phone: Code = ""
    consent: Flag = False
    consent_at: Moment | None = None
    created_by: ShortText = ""


class AnswerDoc(BaseModel):
    """One item's answer: a score 1-5, or "don't know / n.a.", and an optional note."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    item_id: Code
    score: Annotated[StrictInt, Field(ge=-(2**31), le=2**31 - 1)] | None = None
    not_applicable: Flag = False
    note: LongText = ""


class ScanDoc(Document):
    company_id: uuid.UUID
    advisor: ShortText = ""
    questionnaire_id: Code
    questionnaire_version: Code
    status: ScanStatus
    started_at: Moment
    completed_at: Moment | None = None
    revision_of_id: uuid.UUID | None = None
    follow_up_of_id: uuid.UUID | None = None
    intake: dict[Code, IntakeValue] = Field(default_factory=dict, max_length=100)
    ambitions: dict[Code, Annotated[StrictInt, Field(ge=-1000, le=1000)]] = Field(default_factory=dict, max_length=100)
    summary_notes: LongText = ""
    answers: list[AnswerDoc] = Field(default_factory=list, max_length=1000)


class ActionDoc(BaseModel):
    """One action of an implementation plan; it keeps its id so two devices can edit different actions."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: uuid.UUID
    position: Count = 0
    dimension_id: Code | None = None
    description: LongText
    owner: ShortText = ""
    due_date: Day | None = None
    status: Code = "open"


class PlanDoc(Document):
    company_id: uuid.UUID
    scan_id: uuid.UUID | None = None
    title: Title = ""
    next_steps: LongText = ""
    actions: list[ActionDoc] = Field(default_factory=list, max_length=1000)


class VoucherDoc(Document):
    company_id: uuid.UUID
    plan_id: uuid.UUID | None = None
    amount_cents: Annotated[StrictInt, Field(ge=-(2**31), le=2**31 - 1)]
    own_contribution_cents: Annotated[StrictInt, Field(ge=-(2**31), le=2**31 - 1)] = 0
    supplier: Title = ""
    deliverables: LongText = ""
    status: Code = "draft"
    status_changed_at: Moment | None = None


AnyDocument = CompanyDoc | ScanDoc | PlanDoc | VoucherDoc
DOCUMENT_TYPES: dict[str, type[AnyDocument]] = {
    "company": CompanyDoc,
    "scan": ScanDoc,
    "plan": PlanDoc,
    "voucher": VoucherDoc,
}


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

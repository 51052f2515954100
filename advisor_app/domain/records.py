"""The records of the programme, described once: company, scan with answers, plan with actions, voucher.

Each record is an immutable pydantic model with bounded, typed fields (:mod:`.fields`) and the
status vocabularies (:mod:`.vocabulary`). These models *are* the protocol's documents (the sync
protocol publishes them as they are); the device's rows and the server's rows are held to them by
``tests/sync/test_record_columns.py`` (same fields, same widths), and the sync client copies
fields by the lists derived here (:func:`column_fields`). The shape is checked here; the rules
(KvK digits, the voucher limit, the questionnaire's items) are the rulebook's
(:mod:`.invariants`, :mod:`.rules`).

"Don't know / not applicable" has one encoding in a record: ``not_applicable=True`` with
``score=None`` (an answer with both is refused by the rulebook). :attr:`Answer.given` and
:meth:`Scan.given_answers` turn that into the scoring's map, where ``None`` means n.a. and an
item that is absent is unanswered.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr

from . import scoring
from .fields import (
    ActionStatusField,
    BandText,
    Code,
    Count,
    Day,
    Email,
    Flag,
    Int32,
    ItemCode,
    KvkText,
    LongText,
    Moment,
    Name,
    ScanStatusField,
    ShortText,
    Title,
    VoucherStatusField,
)
from .vocabulary import ActionStatus, VoucherStatus

EntityName = Literal["company", "scan", "plan", "voucher"]
ENTITIES: tuple[EntityName, ...] = ("company", "scan", "plan", "voucher")
"""In dependency order: a record only names records of an earlier entity (or its own)."""

IntakeValue = Annotated[StrictStr, Field(max_length=40)] | Annotated[StrictInt, Field(ge=-1000, le=1000)] | None
MAX_CHILDREN = 1000
MAX_KEYS = 100


class Part(BaseModel):
    """A child of a record (answer, action): it travels and changes with its parent.

    Parts and records build their validators at their first validation (``defer_build``), not at import:
    the desktop's start and its commands import the records but only ever ``model_construct`` them from
    rows already checked, and building every schema cost 4 MB and about a third of the import.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Record(BaseModel):
    """What every synced record carries besides its id (the id travels beside it, in the change)."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    created_at: Moment
    updated_at: Moment


class Company(Record):
    name: Name
    kvk: KvkText
    sector: Code
    employees: Int32 | None = None
    size_band: BandText | None = None
    municipality: ShortText = ""
    contact_person: ShortText = ""
    email: Email = ""
    phone: Code = ""
    consent: Flag = False
    consent_at: Moment | None = None
    created_by: ShortText = ""


class Answer(Part):
    """One item's answer: a score 1-5, or "don't know / n.a." (``not_applicable``), and an optional note."""

    item_id: ItemCode
    score: Int32 | None = None
    not_applicable: Flag = False
    note: LongText = ""

    @property
    def given(self) -> bool:
        """Whether the item is answered (a score or n.a.); a note alone answers nothing."""
        return self.not_applicable or self.score is not None


class Scan(Record):
    company_id: uuid.UUID
    advisor: ShortText = ""
    questionnaire_id: Code
    questionnaire_version: Code
    status: ScanStatusField
    started_at: Moment
    completed_at: Moment | None = None
    revision_of_id: uuid.UUID | None = None
    follow_up_of_id: uuid.UUID | None = None
    intake: dict[Code, IntakeValue] = Field(default_factory=dict, max_length=MAX_KEYS)
    ambitions: dict[Code, Annotated[StrictInt, Field(ge=-1000, le=1000)]] = Field(default_factory=dict, max_length=MAX_KEYS)
    summary_notes: LongText = ""
    answers: tuple[Answer, ...] = Field(default=(), max_length=MAX_CHILDREN)

    def given_answers(self) -> dict[str, int | None]:
        """The answered items as the scoring reads them: a score, or ``None`` for n.a."""
        return scoring_answers((a.item_id, a.score, a.not_applicable) for a in self.answers)


scoring_value = scoring.scoring_value
scoring_answers = scoring.scoring_answers
"""How a stored answer reads for the scoring lives in ``domain.scoring`` (no pydantic there, so the listing's
plain path can use it); named here too, beside the answer record."""


class Action(Part):
    """One action of an implementation plan; it keeps its id so two devices can edit different actions."""

    id: uuid.UUID
    position: Count = 0
    dimension_id: ItemCode | None = None
    description: LongText
    owner: ShortText = ""
    due_date: Day | None = None
    status: ActionStatusField = ActionStatus.OPEN


class Plan(Record):
    company_id: uuid.UUID
    scan_id: uuid.UUID | None = None
    title: Title = ""
    next_steps: LongText = ""
    actions: tuple[Action, ...] = Field(default=(), max_length=MAX_CHILDREN)


class Voucher(Record):
    company_id: uuid.UUID
    plan_id: uuid.UUID | None = None
    amount_cents: Int32
    own_contribution_cents: Int32 = 0
    supplier: Title = ""
    deliverables: LongText = ""
    status: VoucherStatusField = VoucherStatus.DRAFT
    status_changed_at: Moment | None = None


AnyRecord = Company | Scan | Plan | Voucher
RECORD_TYPES: dict[str, type[AnyRecord]] = {"company": Company, "scan": Scan, "plan": Plan, "voucher": Voucher}
CHILDREN: dict[str, tuple[str, type[Part]]] = {"scan": ("answers", Answer), "plan": ("actions", Action)}
"""The records whose children live in a table of their own on the device: field name and child type."""
METADATA_FIELDS = tuple(Record.model_fields)


def column_fields(entity: str) -> tuple[str, ...]:
    """The record's own fields, stored as columns of its row: all but the metadata and the children."""
    children = CHILDREN.get(entity, ("",))[0]
    return tuple(name for name in RECORD_TYPES[entity].model_fields if name not in METADATA_FIELDS and name != children)


def structured_fields(entity: str) -> frozenset[str]:
    """The fields whose value is a mapping or a list of children (intake, ambitions, answers, actions)."""
    return frozenset(
        name
        for name, info in RECORD_TYPES[entity].model_fields.items()
        if getattr(info.annotation, "__origin__", None) in (dict, tuple)
    )


def part_fields(entity: str) -> tuple[str, ...]:
    """The fields of a record's children (answers, actions)."""
    return tuple(CHILDREN[entity][1].model_fields)

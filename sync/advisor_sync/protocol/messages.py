"""Request and response bodies of every endpoint (protocol version 2: 1 with ``touched`` and ``edited``)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    PlainValidator,
    SerializationInfo,
    StrictStr,
    TypeAdapter,
    model_validator,
)
from pydantic import ValidationError as ShapeError

from advisor_app.domain import shape
from advisor_app.domain.flat_fields import names_a_field
from advisor_app.domain.text import Text

from .documents import DOCUMENT_TYPES, AnyDocument, CompanyDoc, EntityName, PlanDoc, ScanDoc, VoucherDoc
from .types import Count, Flag, Moment, Name, ShortText, Version

Role = Literal["advisor", "coordinator", "admin"]
ROLES: tuple[Role, ...] = ("advisor", "coordinator", "admin")
ChangeStatus = Literal["accepted", "conflict", "rejected"]
Sha256 = Annotated[str, Field(strict=True, pattern=r"^[0-9a-f]{64}$")]
Password = Annotated[StrictStr, Field(min_length=1, max_length=1024)]
USERNAME_PATTERN = r"^[A-Za-z0-9._@-]+$"
Username = Annotated[str, Field(strict=True, min_length=1, max_length=100, pattern=USERNAME_PATTERN)]

MAX_BATCH = 500
"""Changes per push; the client sends 200."""
MAX_PAGE = 1000
DEFAULT_PAGE = 200
MAX_FILES_PER_CHECK = 1000


class Message(BaseModel):
    """A request body: strict, an unknown field is refused (``422 invalid-request``).

    What the server accepts is exactly what it understands, so a misspelt field or one a newer app
    sends is never dropped without a word.
    """

    model_config = ConfigDict(extra="forbid")


class Response(BaseModel):
    """A server's answer: tolerant, an unknown field is left out.

    A newer server may add an optional field to an answer, and an app of today still reads it
    (docs/sync-protocol.md, "Evolving the protocol"). The records inside an answer stay strict
    (``advisor_app.domain.records``): a record is a whole state the app sends back, and a field it
    dropped unread would be erased on the server with the app's next change.
    """

    model_config = ConfigDict(extra="ignore")


# -- devices and users ---------------------------------------------------------


class LoginRequest(Message):
    username: Username
    password: Password
    device_name: ShortText = ""


class UserInfo(Response):
    username: str
    display_name: str
    role: Role


class LoginResponse(Response):
    token: str
    device_id: uuid.UUID
    expires_at: datetime
    user: UserInfo


class WhoAmI(Response):
    user: UserInfo
    device_id: uuid.UUID
    expires_at: datetime


class ServerInfo(Response):
    """``GET /api/v1/info``: needs no token and no version header, so any client can learn what the server speaks."""

    name: str
    protocol_min: int
    protocol_max: int
    server_version: str


# -- push -----------------------------------------------------------------------


_RECORD_FIELDS = {entity: frozenset(record.model_fields) for entity, record in DOCUMENT_TYPES.items()}
FieldName = Annotated[str, Field(strict=True, min_length=1, max_length=200)]
MAX_TOUCHED = 2000
"""Fields one change may name as edited: a scan with every answer, intake answer and ambition is far below."""


class _Change(Message):
    id: uuid.UUID
    base_version: Version | None = None
    deleted: Flag = False
    touched: list[FieldName] = Field(default_factory=list, max_length=MAX_TOUCHED)
    """The fields edited on the device since ``base_version`` (named as ``domain.flat_fields.flatten`` names them).

    Also those edited back to the base value (Jan, Piet, Jan): they differ from nothing the server
    holds, but they are the advisor's edit, and another device's concurrent edit of them is a conflict
    (``_Out.edited``). Protocol 2; a device of protocol 1 sends none.
    """

    @model_validator(mode="after")
    def _fields_of_the_record(self) -> _Change:
        entity = getattr(self, "entity", None)
        if self.touched and entity in _RECORD_FIELDS:
            unknown = [name for name in self.touched if not names_a_field(entity, _RECORD_FIELDS[entity], name)]
            if unknown:
                raise ValueError(f"touched names no field of a {entity}: {', '.join(unknown[:3])}")
        return self


class CompanyChange(_Change):
    entity: Literal["company"]
    data: CompanyDoc | None = None


class ScanChange(_Change):
    entity: Literal["scan"]
    data: ScanDoc | None = None


class PlanChange(_Change):
    entity: Literal["plan"]
    data: PlanDoc | None = None


class VoucherChange(_Change):
    entity: Literal["voucher"]
    data: VoucherDoc | None = None


TypedChange = Annotated[CompanyChange | ScanChange | PlanChange | VoucherChange, Field(discriminator="entity")]
"""One record as the device holds it: ``entity`` says which document ``data`` is (none for a deletion)."""
CHANGE_TYPES: dict[str, type[CompanyChange | ScanChange | PlanChange | VoucherChange]] = {
    "company": CompanyChange,
    "scan": ScanChange,
    "plan": PlanChange,
    "voucher": VoucherChange,
}


class MalformedChange(_Change):
    """A change whose ``data`` is not a document of its entity: refused on its own (``field``, ``reason``).

    Never sent: the server makes it while reading a push, so one bad record spoils nothing else of
    the batch; a change whose envelope (entity, id, version) is wrong still fails the whole request.
    """

    entity: EntityName
    data: None = None
    field: str
    reason: Text
    """Every fault of the document, one line each in both languages (``domain.shape``)."""


ChangeIn = CompanyChange | ScanChange | PlanChange | VoucherChange | MalformedChange
_TYPED_CHANGE: TypeAdapter[CompanyChange | ScanChange | PlanChange | VoucherChange] = TypeAdapter(TypedChange)


def change_in(
    entity: str,
    record_id: uuid.UUID,
    *,
    base_version: int | None,
    deleted: bool = False,
    data: AnyDocument | None = None,
    touched: list[str] | None = None,
) -> ChangeIn:
    """The change of one record for a push."""
    return CHANGE_TYPES[entity].model_validate(
        {
            "entity": entity,
            "id": record_id,
            "base_version": base_version,
            "deleted": deleted,
            "data": data,
            "touched": touched or [],
        }
    )


def _read_change(value: Any) -> ChangeIn:
    """A change's document checked per change: bad data makes a :class:`MalformedChange`, not a failed request."""
    if isinstance(value, (CompanyChange, ScanChange, PlanChange, VoucherChange, MalformedChange)):
        return value
    try:
        return _TYPED_CHANGE.validate_python(value)
    except ShapeError as exc:
        if not isinstance(value, dict):
            raise
        envelope = {key: item for key, item in value.items() if key != "data"}
        MalformedChange.model_validate({**envelope, "field": "", "reason": Text("", "")})  # a bad envelope fails the request
        problems = [e for e in exc.errors(include_url=False) if e["loc"][1:2] == ("data",)]
        if not problems:
            raise
        entity = str(value.get("entity"))
        where = shape.field_name(problems[0], skip=2) or entity
        reason = shape.describe(problems, skip=2, record=entity)
        return MalformedChange.model_validate({**envelope, "field": where, "reason": reason})


def _dump_change(change: ChangeIn, info: SerializationInfo) -> dict[str, Any]:
    """Each change as its own model, whatever kind (the union's serializer would guess among five)."""
    return change.model_dump(
        mode=info.mode,
        exclude_none=info.exclude_none,
        exclude_defaults=info.exclude_defaults,
        exclude_unset=info.exclude_unset,
    )


class PushRequest(Message):
    batch_id: uuid.UUID
    changes: list[
        Annotated[
            ChangeIn,
            PlainValidator(_read_change, json_schema_input_type=TypedChange),
            PlainSerializer(_dump_change),
        ]
    ] = Field(max_length=MAX_BATCH)


class _Out(Response):
    id: uuid.UUID
    version: Version
    deleted: bool = False
    edited: dict[str, Version] = Field(default_factory=dict)
    """Per field a push edited after the record was created: the version the record had before that edit.

    A device whose agreed copy is at version ``b`` or later than that saw the edit; before it, the field
    was edited since its copy, even where the value is its copy's again (``_Change.touched``). So an
    edit typed back and pushed first still meets another device's edit of the field as a conflict.
    Protocol 2 (an app of protocol 1 ignores it, as any envelope field it does not know).
    """


class CompanyOut(_Out):
    entity: Literal["company"]
    data: CompanyDoc | None = None


class ScanOut(_Out):
    entity: Literal["scan"]
    data: ScanDoc | None = None


class PlanOut(_Out):
    entity: Literal["plan"]
    data: PlanDoc | None = None


class VoucherOut(_Out):
    entity: Literal["voucher"]
    data: VoucherDoc | None = None


ChangeOut = Annotated[CompanyOut | ScanOut | PlanOut | VoucherOut, Field(discriminator="entity")]
"""A record as the server holds it, typed by ``entity`` as a push's change is.

``data`` is the record's document; a tombstone (``deleted``) carries what is left of it (keys,
references, status) or none. The device reads each document with the domain's record, so a copy
the server sends is held to the very shape the device's own records are.
"""
CHANGE_OUT_TYPES: dict[str, type[CompanyOut | ScanOut | PlanOut | VoucherOut]] = {
    "company": CompanyOut,
    "scan": ScanOut,
    "plan": PlanOut,
    "voucher": VoucherOut,
}


def server_copy(
    entity: str,
    record_id: uuid.UUID,
    *,
    version: int,
    deleted: bool,
    data: AnyDocument | None,
    edited: dict[str, int] | None = None,
) -> ChangeOut:
    """The server's copy of one record for a pull or a conflict (``data`` must be a record of ``entity``)."""
    return CHANGE_OUT_TYPES[entity].model_validate(
        {"entity": entity, "id": record_id, "version": version, "deleted": deleted, "data": data, "edited": edited or {}}
    )


class ChangeResult(Response):
    entity: EntityName
    id: uuid.UUID
    status: ChangeStatus
    version: int | None = None
    """The record's new server version when accepted."""
    server: ChangeOut | None = None
    """The server's copy when in conflict."""
    reason: str | None = None
    """Why a change was rejected, in plain words (the request's language)."""
    field: str | None = None


class PushResponse(Response):
    batch_id: uuid.UUID
    replayed: bool = False
    results: list[ChangeResult]


# -- pull -----------------------------------------------------------------------


class BenchmarkGroupOut(Response):
    key: str
    n: int
    means: dict[str, float]
    sii: float | None = None
    counts: dict[str, int] = {}
    """Companies behind a dimension's mean where fewer than ``n``, so a device leaves its own company out exactly."""


class BenchmarkSet(Response):
    """Sector groups (keyed by sector) and the ``programme`` group for one questionnaire version."""

    questionnaire_id: str
    questionnaire_version: str
    computed_at: datetime
    groups: list[BenchmarkGroupOut]


class QuestionnaireRef(Response):
    """A version of the scan the server knows; its definition: ``GET /questionnaires/{id}/{version}``."""

    id: str
    version: str
    sha256: Sha256


class PullResponse(Response):
    changes: list[ChangeOut]
    cursor: int
    has_more: bool
    remaining: int
    benchmarks: list[BenchmarkSet] | None = None
    """Sent with the last page only."""
    questionnaires: list[QuestionnaireRef] | None = None
    """With the last page only: every version of the scan the server knows; the device fetches those it lacks."""


# -- files ------------------------------------------------------------------------


class FileInfo(Message):
    sha256: Sha256
    size: Count


class FilesMissingRequest(Message):
    files: list[FileInfo] = Field(max_length=MAX_FILES_PER_CHECK)


class FilesMissingResponse(Response):
    missing: list[str]


class FileStored(Response):
    sha256: str
    size: int
    created: bool


# -- administration ----------------------------------------------------------------


class UserCreate(Message):
    username: Username
    password: Password
    role: Role
    display_name: Name = ""


class UserUpdate(Message):
    role: Role | None = None
    active: Flag | None = None
    display_name: Name | None = None


class UserOut(Response):
    username: str
    display_name: str
    role: Role
    active: bool
    created_at: datetime


class DeviceOut(Response):
    id: uuid.UUID
    username: str
    name: str
    created_at: datetime
    last_seen_at: datetime | None
    expires_at: datetime
    revoked_at: datetime | None


class AssignRequest(Message):
    username: Username


class AssignmentOut(Response):
    company_id: uuid.UUID
    username: str
    assigned_at: Moment


class ErasureOut(Response):
    """``POST /companies/{id}/erase``: the company and every scan, plan and voucher of it, as tombstones."""

    company_id: uuid.UUID
    erased: int


# -- problems ------------------------------------------------------------------------


class ProblemField(Response):
    field: str
    reason: str


class Problem(Response):
    """An RFC 7807 problem document; ``code`` is what clients branch on."""

    model_config = ConfigDict(extra="allow")

    type: str
    title: str
    status: int
    detail: str
    code: str
    errors: list[ProblemField] | None = None

"""Between the device's rows and the protocol's documents.

A document is compared in its canonical JSON form (``canonical``), the same
form the server sends, so a base, the local copy and the server's copy can be
compared field by field.
"""

from __future__ import annotations

import functools
import sqlite3
import uuid
from collections.abc import Iterable
from typing import Any, cast

from sqlalchemy import Dialect, Select, String, select, type_coerce
from sqlalchemy.orm import Session

from advisor_app.dbkit.kept_writer import compile_plain
from advisor_app.domain.money import format_euros
from advisor_app.domain.records import ENTITIES, column_fields, part_fields
from advisor_app.domain.text import active_language
from advisor_app.store.models import Answer, Company, Plan, PlanAction, Scan, Voucher

from ..protocol.documents import (
    ActionDoc,
    AnswerDoc,
    AnyDocument,
    CompanyDoc,
    EntityName,
    PlanDoc,
    ScanDoc,
    VoucherDoc,
    parse_document,
)

SyncedRow = Company | Scan | Plan | Voucher
MODELS: dict[EntityName, type[SyncedRow]] = {"company": Company, "scan": Scan, "plan": Plan, "voucher": Voucher}
FIELDS: dict[EntityName, tuple[str, ...]] = {entity: column_fields(entity) for entity in ENTITIES}
"""The columns a row shares with its record, derived from the domain's records (children aside)."""


ANSWER_FIELDS = part_fields("scan")
ACTION_FIELDS = part_fields("plan")
WAITING_CHILDREN: dict[str, Select[Any]] = {
    "scan": select(type_coerce(Answer.scan_id, String), *(getattr(Answer, f) for f in ANSWER_FIELDS))
    .join(Scan, Scan.id == Answer.scan_id)
    .where(Scan.dirty, ~Scan.deleted),
    "plan": select(type_coerce(PlanAction.plan_id, String), *(getattr(PlanAction, f) for f in ACTION_FIELDS))
    .join(Plan, Plan.id == PlanAction.plan_id)
    .where(Plan.dirty, ~Plan.deleted),
}
"""The answers and actions of the live rows waiting for the push: the parent's id as stored, then the child's
fields in the record's order."""
_PARENT_IDS = {"scan": Answer.scan_id, "plan": PlanAction.plan_id}


def document(entity: str, row: SyncedRow, children: list[Any] | None = None) -> AnyDocument:
    """The typed document of a row (raises pydantic's ``ValidationError`` when local data breaks the format).

    ``children`` may hand over the answers or actions as read in bulk by
    :func:`waiting_children`; otherwise the row's own relationship is read.
    """
    common = {"created_at": row.created_at, "updated_at": row.updated_at}
    if isinstance(row, Company):
        return CompanyDoc.model_validate({**common, **{f: getattr(row, f) for f in FIELDS["company"]}})
    if isinstance(row, Scan):
        given = children if children is not None else [_tuple(a, ANSWER_FIELDS, a.scan_id) for a in row.answers]
        answers = [AnswerDoc.model_validate(dict(zip(ANSWER_FIELDS, a[1:], strict=True))) for a in given]
        return ScanDoc.model_validate(
            {
                **common,
                **{f: getattr(row, f) for f in FIELDS["scan"]},
                "answers": sorted((a for a in answers if a.given or a.note), key=lambda a: a.item_id),
            }
        )
    if isinstance(row, Plan):
        given = children if children is not None else [_tuple(a, ACTION_FIELDS, a.plan_id) for a in row.actions]
        actions = [ActionDoc.model_validate(dict(zip(ACTION_FIELDS, a[1:], strict=True))) for a in given]
        actions.sort(key=lambda a: (a.position, str(a.id)))
        return PlanDoc.model_validate({**common, **{f: getattr(row, f) for f in FIELDS["plan"]}, "actions": actions})
    assert isinstance(row, Voucher), entity
    return VoucherDoc.model_validate({**common, **{f: getattr(row, f) for f in FIELDS["voucher"]}})


def waiting_children(session: Session, entity: str, ids: list[uuid.UUID]) -> dict[uuid.UUID, list[Any]]:
    """The answers (of scans) or actions (of plans) of ``ids``, the live rows waiting for the push, as plain tuples.

    One statement on the driver's connection, inside the session's transaction (so the rows and their children
    are one state), converted by the columns' own result processors: the answers of 3,000 scans through
    SQLAlchemy's rows, with a UUID made for each answer's scan id, took 175 ms, half of reading the outbox;
    this way 87 ms. The parent's id stays as stored and is matched against the stored form of ``ids``.
    """
    found: dict[uuid.UUID, list[Any]] = {record_id: [] for record_id in ids}
    if entity not in WAITING_CHILDREN or not ids:
        return found
    dialect = session.get_bind().dialect
    plain = _compiled_children(entity, dialect)
    stored_id = _PARENT_IDS[entity].type.bind_processor(dialect)
    by_stored = {record_id: record_id for record_id in ids} if stored_id is None else {stored_id(i): i for i in ids}
    converting = [(n, convert) for n, convert in enumerate(plain.row_processors) if convert is not None]
    driver = cast(sqlite3.Connection, session.connection().connection.driver_connection)  # the device's database
    for raw in driver.execute(plain.sql).fetchall():
        child = list(raw)
        for n, convert in converting:
            child[n] = convert(child[n])
        found[by_stored[child[0]]].append(tuple(child))
    return found


@functools.cache
def _compiled_children(entity: str, dialect: Dialect) -> Any:
    return compile_plain(WAITING_CHILDREN[entity], (), dialect)


def _tuple(child: Answer | PlanAction, fields: tuple[str, ...], parent: uuid.UUID) -> tuple[Any, ...]:
    return (parent, *(getattr(child, f) for f in fields))


def find(session: Session, entity: EntityName, record_id: uuid.UUID) -> SyncedRow | None:
    row = session.get(MODELS[entity], record_id)
    assert row is None or isinstance(row, (Company, Scan, Plan, Voucher))
    return row


def load(session: Session, keys: Iterable[tuple[EntityName, uuid.UUID]]) -> dict[tuple[str, uuid.UUID], SyncedRow]:
    """Read many rows in a few queries (the caller keeps them: the session holds rows only weakly).

    Answers and actions are left to load on demand: most rows a sync looks at
    (its own changes coming back) need only their version.
    """
    wanted: dict[EntityName, list[uuid.UUID]] = {}
    for entity, record_id in keys:
        wanted.setdefault(entity, []).append(record_id)
    found: dict[tuple[str, uuid.UUID], SyncedRow] = {}
    for entity, ids in wanted.items():
        model: type[SyncedRow] = MODELS[entity]
        for start in range(0, len(ids), 500):
            rows: list[SyncedRow] = list(session.scalars(select(model).where(model.id.in_(ids[start : start + 500]))))
            found.update(((entity, row.id), row) for row in rows)
    return found


def canonical(entity: str, data: Any) -> dict[str, Any]:
    """The document in the one JSON spelling both sides compare."""
    return parse_document(entity, data).model_dump(mode="json")


def row_canonical(entity: str, row: SyncedRow) -> dict[str, Any]:
    return document(entity, row).model_dump(mode="json")


def write(session: Session, entity: EntityName, record_id: uuid.UUID, doc: AnyDocument, row: SyncedRow | None) -> SyncedRow:
    """Put a record's values on a row (a new one when ``row`` is None); children are replaced to match."""
    if row is None:
        row = MODELS[entity](id=record_id)
        session.add(row)
    row.created_at, row.updated_at = doc.created_at, doc.updated_at
    for f in FIELDS[entity]:
        value = getattr(doc, f)
        setattr(row, f, dict(value) if isinstance(value, dict) else value)  # a JSON column gets its own dict
    if isinstance(doc, ScanDoc) and isinstance(row, Scan):
        _replace_answers(row, doc)
    elif isinstance(doc, PlanDoc) and isinstance(row, Plan):
        _replace_actions(row, doc)
    return row


def _replace_answers(scan: Scan, doc: ScanDoc) -> None:
    wanted = {answer.item_id: answer for answer in doc.answers}
    for old in list(scan.answers):
        if old.item_id not in wanted:
            scan.answers.remove(old)
    have = {existing.item_id: existing for existing in scan.answers}
    for item_id, answer in wanted.items():
        row = have.get(item_id)
        if row is None:
            row = Answer(item_id=item_id)
            scan.answers.append(row)
        for f in ANSWER_FIELDS:
            setattr(row, f, getattr(answer, f))
        row.updated_at = doc.updated_at


def _replace_actions(plan: Plan, doc: PlanDoc) -> None:
    wanted = {action.id: action for action in doc.actions}
    for old in list(plan.actions):
        if old.id not in wanted:
            plan.actions.remove(old)
    have = {existing.id: existing for existing in plan.actions}
    for action_id, action in wanted.items():
        row = have.get(action_id)
        if row is None:
            row = PlanAction(id=action_id, description=action.description)
            plan.actions.append(row)
        for f in ACTION_FIELDS:
            setattr(row, f, getattr(action, f))


def label(session: Session, entity: str, row: SyncedRow) -> str:
    """How the advisor recognises the record in a conflict list."""
    if isinstance(row, Company):
        return row.name or row.kvk
    company = session.get(Company, row.company_id)
    name = company.name if company is not None and company.name else str(row.company_id)[:8]
    if isinstance(row, Scan):
        return f"{name} – scan {row.started_at:%Y-%m-%d}"
    if isinstance(row, Plan):
        return f"{name} – {row.title or 'plan'}"
    assert isinstance(row, Voucher), entity
    return f"{name} – voucher {format_euros(row.amount_cents, active_language())}"

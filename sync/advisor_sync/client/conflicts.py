"""Conflicts as the advisor sees them, and what "keep mine" and "keep the server's" do."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisor_app.dbkit.types import utcnow
from advisor_app.domain.text import Text
from advisor_app.services.erasure import erase_company
from advisor_app.store.bookkeeping import explicit_bookkeeping
from advisor_app.store.models import Plan, Scan, SyncConflict, Voucher

from ..protocol.documents import ENTITIES, EntityName, parse_document
from .documents import find, row_canonical, write
from .errors import ConflictNotFoundError
from .incoming import WHOLE_RECORD
from .ledger import CURSOR, Ledger
from .merge import ABSENT, with_field

Keep = Literal["mine", "server"]
NOTHING = Text("(niets)", "(nothing)")
DELETED = Text("(verwijderd)", "(deleted)")
EMPTY = Text("(leeg)", "(empty)")


@dataclass(frozen=True)
class Conflict:
    """One unresolved conflict: ``kind`` is ``field``, ``deleted`` or ``rejected`` (then ``reason`` says why)."""

    id: uuid.UUID
    entity: str
    record_id: uuid.UUID
    label: str
    field: str
    kind: str
    mine: Any
    theirs: Any
    has_mine: bool
    has_theirs: bool
    reason: str
    created_at: datetime

    @property
    def field_label(self) -> str:
        head, _, rest = self.field.partition(".")
        if self.field == WHOLE_RECORD:
            return str(Text("Het hele gegeven", "The whole record"))
        if head == "answers":
            return str(Text(f"Antwoord op {rest}", f"Answer to {rest}"))
        if head == "intake":
            return str(Text(f"Intake: {rest}", f"Intake: {rest}"))
        if head == "ambitions":
            return str(Text(f"Ambitie {rest}", f"Ambition {rest}"))
        if head == "actions":
            return str(Text("Actie", "Action"))
        return self.field

    @property
    def mine_text(self) -> str:
        return describe(self.mine, present=self.has_mine, deleted=self.kind == "deleted")

    @property
    def theirs_text(self) -> str:
        return describe(self.theirs, present=self.has_theirs, deleted=self.kind == "deleted")


def describe(value: Any, *, present: bool, deleted: bool = False) -> str:
    if not present:
        return str(DELETED if deleted else NOTHING)
    if isinstance(value, dict) and "item_id" not in value and "score" in value:
        shown = str(Text("n.v.t.", "n.a.")) if value.get("not_applicable") else str(value.get("score") or "-")
        return f"{shown} – {value['note']}" if value.get("note") else shown
    if isinstance(value, dict) and "description" in value:
        return f"{value['description']} ({value.get('status', '')})"
    if isinstance(value, dict):
        return str(Text("(de hele versie)", "(the whole version)"))
    if isinstance(value, bool):
        return str(Text("ja", "yes") if value else Text("nee", "no"))
    if value is None or value == "":
        return str(EMPTY)
    return str(value)


def as_conflict(row: SyncConflict) -> Conflict:
    return Conflict(
        id=row.id,
        entity=row.entity,
        record_id=row.record_id,
        label=row.label,
        field=row.field,
        kind=row.kind,
        mine=None if row.mine is None else row.mine.get("value"),
        theirs=None if row.theirs is None else row.theirs.get("value"),
        has_mine=row.mine is not None,
        has_theirs=row.theirs is not None,
        reason=row.reason,
        created_at=row.created_at,
    )


def resolve(session: Session, conflict_id: uuid.UUID, keep: Keep) -> None:
    row = session.get(SyncConflict, conflict_id)
    if row is None or row.resolved_at is not None:
        raise ConflictNotFoundError(
            Text(
                f"Conflict {conflict_id} bestaat niet of is al opgelost",
                f"Conflict {conflict_id} does not exist or was resolved already",
            )
        )
    record = find(session, record_entity(row), row.record_id)
    if record is not None:
        with explicit_bookkeeping(session):  # keeping mine is a change to push, the server's copy is none
            if keep == "mine" and not erased_on_server(row):
                _keep_mine(session, row, record)
            else:
                _keep_server(session, row, record)
    row.resolved_at, row.resolution = utcnow(), keep


def _keep_mine(session: Session, conflict: SyncConflict, record: Any) -> None:
    """The local value goes out with the next sync (the server's copy is the new base, so it is a plain change)."""
    if conflict.kind == "field":
        value = conflict.mine["value"] if conflict.mine is not None else ABSENT
        current = row_canonical(conflict.entity, record)
        entity = record_entity(conflict)
        write(session, entity, record.id, parse_document(entity, with_field(entity, current, conflict.field, value)), record)
    elif conflict.kind == "deleted":
        if conflict.mine is None:
            record.deleted = True
        else:
            write(session, record_entity(conflict), record.id, parse_document(conflict.entity, conflict.mine["value"]), record)
            record.deleted = False
    record.dirty = True
    record.updated_at = utcnow()


def erased_on_server(conflict: SyncConflict) -> bool:
    """The server refused a change because it holds the record erased: erasure always wins, "keep mine" cannot."""
    return conflict.kind == "rejected" and conflict.field == "deleted"


def _keep_server(session: Session, conflict: SyncConflict, record: Any) -> None:
    """The row already holds the server's value, except after a refusal: then the last agreed copy comes back.

    A refusal on the field ``deleted`` means the server holds the record deleted for good (an erased
    company): it is deleted here too. A row no longer dirty was settled by a later pull (a deletion that
    came down meanwhile, say): it already holds the server's copy, and the base, a tombstone then, must
    not bring the record back.
    """
    if conflict.kind != "rejected" or (not record.dirty and not erased_on_server(conflict)):
        return
    ledger = Ledger(session)
    if conflict.entity == "company" and record.deleted and not erased_on_server(conflict):
        # A refused erasure (other advisors' records belong to it): this device already scrubbed its copy, and
        # those of its parts, which were not sent (outgoing.outbox), so the server's come back with the next
        # pull, which starts again from the beginning to find them.
        for part in erased_parts_to_send(session, record.id):
            part.server_version, part.dirty = None, False
        record.server_version, record.dirty = None, False
        ledger.set_state(CURSOR, "0")
        return
    base = ledger.base(conflict.entity, record.id)
    if erased_on_server(conflict) and conflict.entity == "company":
        erase_company(session, record.id, to_send=False)  # scrubbed here too; the next sync removes its reports
    elif base is None or erased_on_server(conflict):
        record.deleted = True  # the server never had it, or erased it: discard it here
    else:  # the agreed copy, deleted again if it was the server's tombstone
        write(session, record_entity(conflict), record.id, parse_document(conflict.entity, base.data), record)
        record.deleted = base.deleted
    record.dirty = False


def erased_parts_to_send(session: Session, company_id: uuid.UUID) -> list[Scan | Plan | Voucher]:
    """The tombstones of a company's scans, plans and vouchers that wait for its erasure to be accepted."""
    found: list[Scan | Plan | Voucher] = []
    for model in (Scan, Plan, Voucher):
        found += session.scalars(select(model).where(model.company_id == company_id, model.deleted, model.dirty))
    return found


def record_entity(conflict: SyncConflict) -> EntityName:
    for entity in ENTITIES:
        if entity == conflict.entity:
            return entity
    raise ConflictNotFoundError(
        Text(f"Onbekend soort gegeven '{conflict.entity}'", f"Unknown kind of record '{conflict.entity}'")
    )

"""Applying the server's copy of a record: insert, overwrite, or merge with local changes.

A clean local row simply takes the server's copy. A row with local changes is
merged field by field against the base copy; where both sides changed a
field, the server's value stays and the local one is kept as a conflict. A
deletion on one side against a change on the other is a conflict too, except
an erased company: erasure wins, locally scrubbed and without a conflict. Every
outcome updates the base copy, so the next merge starts from what both sides
agreed.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError as ShapeError
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from advisor_app.domain.flat_fields import flatten
from advisor_app.services.erasure import erase_company
from advisor_app.store.bookkeeping import explicit_bookkeeping
from advisor_app.store.models import Company, Plan, Scan, Voucher
from advisor_app.store.touched import forget_touched, touch, touched_fields

from ..protocol.documents import ENTITIES, CompanyDoc, EntityName, ScanDoc, parse_document
from ..protocol.messages import ChangeOut
from .documents import SyncedRow, find, label, load, row_canonical, write
from .ledger import Ledger
from .merge import ABSENT, merge

WHOLE_RECORD = "*"


@dataclass(frozen=True)
class Outcome:
    changed: bool


SKIPPED, CHANGED = Outcome(False), Outcome(True)


class Incoming:
    def __init__(self, session: Session, ledger: Ledger) -> None:
        self.session = session
        self.ledger = ledger
        self._rows: dict[tuple[str, uuid.UUID], SyncedRow | None] = {}

    def preload(self, keys: list[tuple[EntityName, uuid.UUID]]) -> None:
        """Read the rows and bookkeeping of many records up front: a page costs a few queries, not a few per record."""
        found = load(self.session, keys)
        self._rows = {key: found.get(key) for key in keys}
        self.ledger.preload(keys)

    def row(self, entity: EntityName, record_id: uuid.UUID) -> SyncedRow | None:
        key = (entity, record_id)
        return self._rows[key] if key in self._rows else find(self.session, entity, record_id)

    def apply_page(self, changes: list[ChangeOut]) -> int:
        """Apply a page, parents first; returns how many records changed here.

        The server's copy is no local change: the rows' bookkeeping is set here, not by the store's flush.
        """
        self.preload([(change.entity, change.id) for change in changes])
        changed = 0
        with explicit_bookkeeping(self.session):
            for group in in_dependency_order(changes):
                changed += sum(1 for change in group if self.apply(change).changed)
                self.session.flush()  # the ORM orders inserts by relationships only: a plan names its scan by id alone
        return changed

    def apply(self, change: ChangeOut) -> Outcome:
        row = self.row(change.entity, change.id)
        if row is not None and row.server_version is not None and change.version <= row.server_version:
            return SKIPPED
        theirs = change.data.model_dump(mode="json") if change.data is not None else None  # as the merge and the base compare
        if row is None and change.data is None:
            return SKIPPED
        if change.entity == "company" and change.deleted and row is not None:
            return self._erased(change, row, theirs)
        if row is None or not row.dirty:
            twin = None
            if change.data is not None:
                if isinstance(change.data, CompanyDoc) and not change.deleted:
                    twin = self._make_room_for_kvk(change.id, change.data)
                row = write(self.session, change.entity, change.id, change.data, row)
                self._rows[(change.entity, change.id)] = row
            assert row is not None
            self._settle(change, row, theirs, dirty=False)
            if twin is not None and isinstance(change.data, CompanyDoc):
                self._adopt(twin, change.id, change.data)
            return CHANGED
        self._merge(change, row, theirs)
        return CHANGED

    def _erased(self, change: ChangeOut, row: SyncedRow, theirs: dict[str, Any] | None) -> Outcome:
        """A company deleted on the server is erased (GDPR): erasure wins over any local change, nothing is kept.

        No conflict is offered (it would keep the personal data the erasure removes); the company's scans,
        plans and vouchers are scrubbed with it, so their tombstones, here or in a later page, apply cleanly.
        """
        erase_company(self.session, change.id, to_send=False)
        self._settle(change, row, theirs, dirty=False)
        return CHANGED

    def _merge(self, change: ChangeOut, row: SyncedRow, theirs: dict[str, Any] | None) -> None:
        entity = change.entity
        base_row = self.ledger.base(entity, change.id)
        base = base_row.data if base_row is not None else None
        try:
            mine: dict[str, Any] | None = row_canonical(entity, row)
        except ShapeError:
            mine = None
        name = label(self.session, entity, row)
        if change.deleted or row.deleted or change.data is None or theirs is None or mine is None:
            self._merge_deletion(change, row=row, theirs=theirs, mine=mine, base=base, name=name)
            return
        merged = merge(
            entity,
            base,
            mine,
            theirs,
            touched=touched_fields(self.session, entity, change.id),
            edited_there=edited_since(change, row),
        )
        kept, agreed = flatten(entity, merged.doc), flatten(entity, theirs)
        local_changes_left = kept != agreed
        write(self.session, entity, change.id, parse_document(entity, merged.doc) if local_changes_left else change.data, row)
        for found in merged.conflicts:
            self.ledger.conflict(
                entity, change.id, label=name, field=found.field, kind="field", mine=found.mine, theirs=found.theirs
            )
        self._settle(change, row, theirs, dirty=local_changes_left)
        if local_changes_left:  # touched from now on: what still differs from the new base (the conflicts were offered)
            forget_touched(self.session, [(entity, change.id)])
            touch(
                self.session,
                [
                    {"entity": entity, "record_id": change.id, "field": key}
                    for key in kept.keys() | agreed.keys()
                    if kept.get(key, ABSENT) != agreed.get(key, ABSENT)
                ],
            )

    def _merge_deletion(
        self,
        change: ChangeOut,
        *,
        row: SyncedRow,
        theirs: dict[str, Any] | None,
        mine: dict[str, Any] | None,
        base: dict[str, Any] | None,
        name: str,
    ) -> None:
        entity = change.entity
        if change.deleted and row.deleted:
            self._settle(change, row, theirs, dirty=False)
        elif change.deleted:
            if mine is None or mine != base:
                self.ledger.conflict(entity, change.id, label=name, field=WHOLE_RECORD, kind="deleted", mine=mine, theirs=ABSENT)
            if change.data is not None:
                write(self.session, entity, change.id, change.data, row)
            self._settle(change, row, theirs, dirty=False)
        elif theirs is not None and base is not None and theirs == base:
            row.server_version = change.version  # only I changed it, by deleting: my deletion goes out next
            self.ledger.set_base(entity, change.id, change.version, theirs)
        else:
            self.ledger.conflict(entity, change.id, label=name, field=WHOLE_RECORD, kind="deleted", mine=ABSENT, theirs=theirs)
            if change.data is not None:
                write(self.session, entity, change.id, change.data, row)
            self._settle(change, row, theirs, dirty=False)

    def _settle(self, change: ChangeOut, row: SyncedRow, theirs: dict[str, Any] | None, *, dirty: bool) -> None:
        row.deleted = change.deleted
        row.dirty = dirty
        row.server_version = change.version
        self.ledger.set_base(change.entity, change.id, change.version, theirs, deleted=change.deleted)
        if not dirty:
            forget_touched(self.session, [(change.entity, change.id)])

    def _make_room_for_kvk(self, incoming_id: uuid.UUID, theirs: CompanyDoc) -> Company | None:
        """Only one live company per KvK number, on the device as on the server.

        Returns the local company that turned out to be the same one (registered
        here, never accepted by the server), to be merged into the server's.
        """
        holder = self.session.scalars(
            select(Company).where(Company.kvk == theirs.kvk, ~Company.deleted, Company.id != incoming_id)
        ).first()
        if holder is None:
            return None
        if holder.server_version is None:
            holder.deleted, holder.dirty = True, False
        else:
            agreed = self.ledger.base("company", holder.id)
            number = agreed.data.get("kvk") if agreed is not None else None
            if number and number != theirs.kvk:
                # A local change gave it a number the server gave another company: back to the agreed
                # number, and the local one is kept as a conflict.
                self.ledger.conflict(
                    "company", holder.id, label=holder.name, field="kvk", kind="field", mine=holder.kvk, theirs=number
                )
                holder.kvk = number
            else:
                holder.kvk = f"~{holder.id.hex[:7]}"  # the server renumbered it: its newer copy is on its way
        self.session.flush()
        return holder if holder.deleted else None

    def _adopt(self, local: Company, incoming_id: uuid.UUID, theirs: CompanyDoc) -> None:
        """Local work moves to the server's record; the local details that differ are offered as conflicts."""
        self.session.flush()
        for model in (Scan, Plan, Voucher):
            self.session.execute(update(model).where(model.company_id == local.id).values(company_id=incoming_id, dirty=True))
        try:
            mine = flatten("company", row_canonical("company", local))
        except ShapeError:
            mine = {}
        server = flatten("company", theirs.model_dump(mode="json"))
        for field, value in mine.items():
            if value not in ("", None, False) and value != server.get(field, ABSENT):
                self.ledger.conflict(
                    "company",
                    incoming_id,
                    label=theirs.name or local.name,
                    field=field,
                    kind="field",
                    mine=value,
                    theirs=server.get(field, ABSENT),
                )
        self.ledger.settle_conflicts(local.id, "rejected", "merged")


def in_dependency_order(changes: list[ChangeOut]) -> list[list[ChangeOut]]:
    """Companies, then scans (an earlier scan before the revision or follow-up naming it), plans, vouchers."""
    by_entity: dict[str, list[ChangeOut]] = {entity: [] for entity in ENTITIES}
    for change in changes:
        by_entity[change.entity].append(change)
    scans = {change.id: change for change in by_entity["scan"]}
    ordered_scans: list[ChangeOut] = []
    placed: set[uuid.UUID] = set()

    def place(change: ChangeOut) -> None:
        if change.id in placed:
            return
        placed.add(change.id)
        if isinstance(change.data, ScanDoc):
            for earlier in (change.data.revision_of_id, change.data.follow_up_of_id):
                if earlier in scans:
                    place(scans[earlier])
        ordered_scans.append(change)

    for change in by_entity["scan"]:
        place(change)
    by_entity["scan"] = ordered_scans
    return [by_entity[entity] for entity in ENTITIES]


def edited_since(change: ChangeOut, row: SyncedRow) -> frozenset[str]:
    """The fields the server says were edited after this device's agreed copy (``ChangeOut.edited``)."""
    agreed = row.server_version
    if agreed is None:
        return frozenset()
    return frozenset(field for field, edit_of in change.edited.items() if edit_of >= agreed)

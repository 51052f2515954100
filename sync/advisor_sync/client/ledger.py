"""The device's sync bookkeeping inside one transaction: base copies, conflicts, state."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any, cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from advisor_app.dbkit.types import utcnow
from advisor_app.services.sync_status import LAST_SYNC_KEY, SERVER_URL_KEY
from advisor_app.store.models import SyncBase, SyncConflict, SyncState

from .merge import ABSENT

CURSOR, PENDING_PUSH, NEXT_PUSH = "cursor", "pending_push", "next_push"
PENDING_PUSHES = (PENDING_PUSH, NEXT_PUSH)
"""A push's batches kept before they are sent, oldest first: the one away (or the only one) and the one stored to
follow it the moment its answer arrives (``pushing``). A sync sends again those an earlier one left, in this order."""
LAST_SYNC, SERVER_URL = LAST_SYNC_KEY, SERVER_URL_KEY
BENCHMARKS_DIGEST = "benchmarks_digest"
"""The SHA-256 of the benchmark sets last pulled and stored: the same sets again need no reading of the cache."""
CHUNK = 500
"""Ids per IN (...) query, well below SQLite's limit on bound parameters."""

_STATES = cast(Table, SyncState.__table__)
_UPSERT = sqlite_insert(_STATES)
PUT_STATE = _UPSERT.on_conflict_do_update(index_elements=[_STATES.c.key], set_={"value": _UPSERT.excluded.value})
"""One state set without reading its row first; a Core statement, so it also runs as a plain statement
(``Database.statements``: a sync's last write, ``last_sync_at``)."""
STATES = select(SyncState.key, SyncState.value)
"""All the sync state (a handful of rows): what a sync reads at its start (``start.read_start``)."""
OPEN_CONFLICTS = select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved_at.is_(None))
"""How many conflicts wait for the advisor (a sync's report)."""


def wrap(value: Any) -> dict[str, Any] | None:
    """A conflict side as stored: ``{"value": ...}``, or None where that side has nothing."""
    return None if value is ABSENT else {"value": value}


class Ledger:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.recorded = 0
        """Conflicts recorded through this ledger (new or refreshed)."""
        self._bases: dict[tuple[str, uuid.UUID], SyncBase | None] = {}
        self._open: dict[uuid.UUID, list[SyncConflict]] | None = None

    def preload(self, keys: Iterable[tuple[str, uuid.UUID]]) -> None:
        """Read the base copies and open conflicts of many records at once, instead of one query each."""
        wanted = list(keys)
        ids = {record_id for _, record_id in wanted}
        for start in range(0, len(wanted), CHUNK):
            chunk = {record_id for _, record_id in wanted[start : start + CHUNK]}
            for base in self.session.scalars(select(SyncBase).where(SyncBase.record_id.in_(chunk))):
                self._bases[(base.entity, base.record_id)] = base
        for key in wanted:
            self._bases.setdefault(key, None)
        self._open = {record_id: [] for record_id in ids}
        for start in range(0, len(wanted), CHUNK):
            chunk = {record_id for _, record_id in wanted[start : start + CHUNK]}
            for conflict in self.session.scalars(
                select(SyncConflict).where(SyncConflict.record_id.in_(chunk), SyncConflict.resolved_at.is_(None))
            ):
                self._open[conflict.record_id].append(conflict)

    # -- state -------------------------------------------------------------------

    def state(self, key: str) -> str | None:
        row = self.session.get(SyncState, key)
        return None if row is None else row.value

    def set_state(self, key: str, value: str | None) -> None:
        row = self.session.get(SyncState, key)
        if value is None:
            if row is not None:
                self.session.delete(row)
        elif row is None:
            self.session.add(SyncState(key=key, value=value))
        else:
            row.value = value

    # -- base copies ------------------------------------------------------------------

    def base(self, entity: str, record_id: uuid.UUID) -> SyncBase | None:
        key = (entity, record_id)
        if key not in self._bases:
            self._bases[key] = self.session.get(SyncBase, key)
        return self._bases[key]

    def set_base(
        self, entity: str, record_id: uuid.UUID, version: int, data: dict[str, Any] | None, *, deleted: bool = False
    ) -> None:
        """The copy agreed with the server at ``version`` (``data`` None: the document stays); ``deleted``: a tombstone."""
        row = self.base(entity, record_id)
        if row is None:
            if data is not None:
                row = SyncBase(entity=entity, record_id=record_id, version=version, data=data, deleted=deleted)
                self.session.add(row)
                self._bases[(entity, record_id)] = row
            return
        row.version, row.deleted = version, deleted
        if data is not None:
            row.data = data

    def add_bases(self, new: list[tuple[str, uuid.UUID, int, dict[str, Any]]]) -> None:
        """Base copies of records that had none (``base`` is None for each), in one INSERT.

        For the answers to a new device's push: hundreds of base copies at once, where an ORM object each
        cost more than the push's own JSON. Read through :meth:`base` afterwards like any other.
        """
        if not new:
            return
        self.session.execute(insert(SyncBase), [{"entity": e, "record_id": r, "version": v, "data": d} for e, r, v, d in new])
        for entity, record_id, _, _ in new:
            self._bases.pop((entity, record_id), None)  # read again from the table when asked

    # -- conflicts ----------------------------------------------------------------------

    def conflict(
        self,
        entity: str,
        record_id: uuid.UUID,
        *,
        label: str,
        field: str,
        kind: str,
        mine: Any,
        theirs: Any,
        reason: str = "",
    ) -> None:
        """Keep a conflict; an unresolved one for the same field is refreshed rather than repeated."""
        found = [c for c in self._open_conflicts(record_id) if (c.entity, c.field, c.kind) == (entity, field, kind)]
        row = found[0] if found else None
        if row is None:
            row = SyncConflict(entity=entity, record_id=record_id, field=field, kind=kind)
            self.session.add(row)
            if self._open is not None:
                self._open.setdefault(record_id, []).append(row)
        row.label, row.mine, row.theirs, row.reason, row.created_at = label, wrap(mine), wrap(theirs), reason, utcnow()
        self.recorded += 1

    def settle_conflicts(self, record_id: uuid.UUID, kind: str, resolution: str) -> None:
        """Close open conflicts of a record that events made moot (a refused change went through after all)."""
        for row in self._open_conflicts(record_id):
            if row.kind == kind and row.resolved_at is None:
                row.resolved_at, row.resolution = utcnow(), resolution

    def _open_conflicts(self, record_id: uuid.UUID) -> list[SyncConflict]:
        if self._open is not None and record_id in self._open:
            return self._open[record_id]
        return list(
            self.session.scalars(
                select(SyncConflict).where(SyncConflict.record_id == record_id, SyncConflict.resolved_at.is_(None))
            )
        )

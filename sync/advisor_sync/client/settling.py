"""The accepted changes of a push, settled in a few statements instead of an ORM row each.

Why: a new device's first push is almost all accepted changes, and settling them through the ORM (each
row read whole with its JSON columns parsed, changed, flushed; each base copy an object) cost more CPU
than reading and sending the outbox (issue 12, ``push_3000``). What an answer means for a row is the
same either way: the row takes the server's version, it stays waiting for the next push only if it
changed since it was sent (:func:`still_dirty`), the document as sent becomes the base copy, and a
refusal shown for the record is closed. Only the common case is settled here: the server gave a
version and the row was not deleted since it was sent. Every other answer (a conflict, a refusal, a
deletion made while the push was away, which may be an erasure to scrub) goes through the ORM in
``outgoing.settle``, after these statements, so the rows it reads already hold what was settled here.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from advisor_app.dbkit.types import utcnow
from advisor_app.store.models import SyncBase, SyncConflict
from advisor_app.store.touched import forget_touched

from ..protocol.documents import EntityName
from ..protocol.messages import ChangeIn
from .documents import MODELS
from .ledger import CHUNK

_BASES = cast(Table, SyncBase.__table__)
_CONFLICTS = cast(Table, SyncConflict.__table__)
_UPSERT_BASE = sqlite_insert(_BASES)
KEEP_BASE = _UPSERT_BASE.on_conflict_do_update(
    index_elements=[_BASES.c.entity, _BASES.c.record_id],
    set_={"version": _UPSERT_BASE.excluded.version, "data": _UPSERT_BASE.excluded.data, "deleted": _UPSERT_BASE.excluded.deleted},
)
"""The document as sent becomes the base copy, new or over the old one."""
MOVE_BASE = (
    update(_BASES)
    .where(_BASES.c.entity == bindparam("b_entity"), _BASES.c.record_id == bindparam("b_record_id"))
    .values(version=bindparam("b_version"), deleted=bindparam("b_deleted"))
)
"""An accepted deletion carries no document: an existing base copy takes the new version, as a tombstone."""
_SETTLE_ROW = {
    entity: update(table := cast(Table, model.__table__))
    .where(table.c.id == bindparam("b_id"))
    .values(server_version=bindparam("b_version"), dirty=bindparam("b_dirty"))
    for entity, model in MODELS.items()
}


@dataclass(frozen=True)
class Accepted:
    """One change the server accepted at ``version``, with its document as sent (JSON values)."""

    change: ChangeIn
    version: int
    sent_data: dict[str, Any] | None


def still_dirty(change: ChangeIn, *, deleted: bool, updated_at: datetime, dirty: bool) -> bool:
    """Whether a row whose ``change`` the server accepted still waits for the next push.

    Not if it is as it was sent (every edit moves ``updated_at``; a sent deletion is still a deletion).
    A row deleted since the change was sent is the server's record now, so its deletion goes out. Any
    other change since keeps the row as it was, waiting.
    """
    if change.deleted:
        unchanged = deleted
    else:
        sent_at = None if change.data is None else change.data.updated_at
        unchanged = not deleted and updated_at == sent_at
    if unchanged:
        return False
    return True if deleted and not change.deleted else dirty


def settle_accepted(session: Session, accepted: Sequence[Accepted]) -> set[tuple[str, uuid.UUID]]:
    """Settle what can be settled in bulk; returns the records done (the rest go the ORM way)."""
    states = _row_states(session, accepted)
    rows: dict[EntityName, list[dict[str, Any]]] = defaultdict(list)
    kept: list[dict[str, Any]] = []
    moved: list[dict[str, Any]] = []
    done: set[tuple[str, uuid.UUID]] = set()
    for item in accepted:
        change = item.change
        key = (change.entity, change.id)
        state = states.get(key)
        if state is None:
            continue  # no such row here: nothing to settle (the ORM way skips it too)
        deleted, updated_at, dirty = state
        if deleted and not change.deleted:
            continue  # deleted since it was sent, perhaps erased: the ORM way scrubs the base copy
        done.add(key)
        rows[change.entity].append(
            {
                "b_id": change.id,
                "b_version": item.version,
                "b_dirty": still_dirty(change, deleted=deleted, updated_at=updated_at, dirty=dirty),
            }
        )
        if change.data is not None and item.sent_data is not None:
            kept.append(
                {
                    "entity": change.entity,
                    "record_id": change.id,
                    "version": item.version,
                    "data": item.sent_data,
                    "deleted": False,
                }
            )
        else:
            moved.append(
                {"b_entity": change.entity, "b_record_id": change.id, "b_version": item.version, "b_deleted": change.deleted}
            )
    for entity, values in rows.items():
        session.execute(_SETTLE_ROW[entity], values)
    if kept:
        session.execute(KEEP_BASE, kept)
    if moved:
        session.execute(MOVE_BASE, moved)
    _close_refusals(session, [record_id for _, record_id in done])
    clean = [(entity, value["b_id"]) for entity, values in rows.items() for value in values if not value["b_dirty"]]
    forget_touched(session, clean)
    return done


def _row_states(session: Session, accepted: Sequence[Accepted]) -> dict[tuple[str, uuid.UUID], tuple[bool, datetime, bool]]:
    """Per record, what the answer's meaning depends on: (deleted, updated_at, dirty), read as plain tuples."""
    wanted: dict[EntityName, list[uuid.UUID]] = defaultdict(list)
    for item in accepted:
        wanted[item.change.entity].append(item.change.id)
    found: dict[tuple[str, uuid.UUID], tuple[bool, datetime, bool]] = {}
    for entity, ids in wanted.items():
        model = MODELS[entity]
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            query = select(model.id, model.deleted, model.updated_at, model.dirty).where(model.id.in_(chunk))
            found.update(((entity, record_id), (deleted, at, dirty)) for record_id, deleted, at, dirty in session.execute(query))
    return found


def _close_refusals(session: Session, record_ids: list[uuid.UUID]) -> None:
    """A refusal shown for a record is moot once the server accepted it (as ``Ledger.settle_conflicts`` closes one)."""
    now = utcnow()
    for start in range(0, len(record_ids), CHUNK):
        session.execute(
            update(_CONFLICTS)
            .where(
                _CONFLICTS.c.record_id.in_(record_ids[start : start + CHUNK]),
                _CONFLICTS.c.kind == "rejected",
                _CONFLICTS.c.resolved_at.is_(None),
            )
            .values(resolved_at=now, resolution="accepted")
        )

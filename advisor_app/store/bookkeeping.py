"""Which rows wait for the next push: marked in one place, when the session flushes.

A synced row (company, scan, plan, voucher) whose data changes gets
``dirty = True`` and a new ``updated_at``; so does a scan whose answers or a
plan whose actions change (they travel inside it), and the answer row itself
gets the new ``updated_at``. The services only change data: none of them can
forget the bookkeeping, and a value written again unchanged is no change.

The sync client is a second write path into the store: it applies the
server's copy, and that must *not* become a local change to push back. Its
writes, and the erasure's (which decides itself which tombstones go to the
server), run inside :func:`explicit_bookkeeping`, where they set ``dirty``,
``updated_at`` and ``server_version`` themselves, as the server's copy says.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, sessionmaker

from ..dbkit.types import utcnow
from ..domain.flat_fields import action_field, answer_field, part_field
from .models import Answer, Plan, PlanAction, Scan, Synced
from .touched import touch

EXPLICIT = "basisscan_explicit_bookkeeping"
"""``Session.info`` key: how many :func:`explicit_bookkeeping` blocks are open in the session."""
BOOKKEEPING = frozenset({"dirty", "updated_at", "server_version", "position"})
"""Columns that are not the record's data (``position`` is where the wizard is, kept on the device only)."""
OWNED: dict[type[Synced], str] = {Scan: "answers", Plan: "actions"}
"""The children each synced record carries inside it; other relationships (a company's scans) are not its data."""


def track_local_edits(sessions: sessionmaker[Session]) -> None:
    """Mark changed synced rows at every flush of the sessions this factory makes."""
    event.listen(sessions, "before_flush", _mark_changed)


@contextmanager
def explicit_bookkeeping(session: Session) -> Iterator[Session]:
    """The writes in this block set ``dirty`` and ``updated_at`` themselves: the flush leaves them alone.

    Changes still pending when the block ends are flushed before it closes, so they
    are judged by the block's rule, not by the next flush's.
    """
    session.info[EXPLICIT] = session.info.get(EXPLICIT, 0) + 1
    try:
        yield session
        session.flush()
    finally:
        session.info[EXPLICIT] -= 1


def _mark_changed(session: Session, _context: Any, _instances: Any) -> None:
    if session.info.get(EXPLICIT, 0):
        return
    now = utcnow()
    changed: dict[int, Synced] = {}
    touched: list[dict[str, Any]] = []
    for row in (*session.new, *session.dirty, *session.deleted):
        if isinstance(row, Synced):
            fields = _changed_fields(row) if row in session.dirty else []
            if row in session.new or (row in session.dirty and (fields or _children_changed(row))):
                changed[id(row)] = row
                if row.server_version is not None:
                    touched += ({"entity": _entity(row), "record_id": row.id, "field": f} for f in fields)
        elif isinstance(row, Answer | PlanAction):
            parent = _parent(session, row)
            if parent is not None:
                changed[id(parent)] = parent
                if parent.server_version is not None:
                    field = answer_field(row.item_id) if isinstance(row, Answer) else action_field(row.id)
                    touched.append({"entity": _entity(parent), "record_id": parent.id, "field": field})
            if isinstance(row, Answer) and row not in session.deleted:
                row.updated_at = now
    for row in changed.values():
        row.dirty = True
        row.updated_at = now
    touch(session, touched)


def _entity(row: Synced) -> str:
    """The record kind as the sync names it: the synced tables are named so (company, scan, plan, voucher)."""
    return str(inspect(row).mapper.local_table.name)


def _changed_fields(row: Synced) -> list[str]:
    """The row's changed data columns as the merge names them: a JSON mapping (a scan's intake, ambitions) key by key.

    None at all: the row did not change (a value written again unchanged, or only the bookkeeping columns).
    """
    state = inspect(row)
    fields = []
    for attribute in state.mapper.column_attrs:
        key = attribute.key
        if key in BOOKKEEPING:
            continue
        history = state.attrs[key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if isinstance(old, dict) or isinstance(new, dict):
            before, after = old or {}, new or {}
            fields += [part_field(key, part) for part in before.keys() | after.keys() if before.get(part) != after.get(part)]
        else:
            fields.append(key)
    return fields


def _children_changed(row: Synced) -> bool:
    """Whether the row's list of children (a scan's answers, a plan's actions) gained or lost one."""
    owned = OWNED.get(type(row))
    return owned is not None and inspect(row).attrs[owned].history.has_changes()


def _parent(session: Session, child: Answer | PlanAction) -> Synced | None:
    if isinstance(child, Answer):
        return child.scan if child.scan_id is None else session.get(Scan, child.scan_id)
    return child.plan if child.plan_id is None else session.get(Plan, child.plan_id)

"""Which fields of a record the advisor changed here since the copy agreed with the server (``models.SyncTouched``).

Written where local edits are made (``bookkeeping`` at every flush, the autosave's plain statements), read
by the sync's merge, and forgotten when the record is clean again: settled by a push's answer or a pull.
Only for a record the server has (``server_version`` set): one it never had has no agreed copy to merge
with, and its first push sends it whole. Fields are named as ``domain.flat_fields`` names them.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any, cast

from sqlalchemy import Table, delete, select, tuple_
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from .models import SyncTouched

_TOUCHED = cast(Table, SyncTouched.__table__)
TOUCH = sqlite_insert(_TOUCHED).on_conflict_do_nothing()
"""One field marked touched (``entity``, ``record_id``, ``field``); marked again, nothing changes."""
CHUNK = 300
"""Records per IN (...) when forgetting, well below SQLite's limit on bound parameters (two each)."""


def touched_fields(session: Session, entity: str, record_id: uuid.UUID) -> frozenset[str]:
    found = session.scalars(select(_TOUCHED.c.field).where(_TOUCHED.c.entity == entity, _TOUCHED.c.record_id == record_id))
    return frozenset(found)


def every_touched(session: Session) -> dict[tuple[str, uuid.UUID], list[str]]:
    """All the fields edited here, per record (what a push tells the server, ``touched``); few rows: dirty records only."""
    found: dict[tuple[str, uuid.UUID], list[str]] = {}
    for entity, record_id, field in session.execute(select(_TOUCHED.c.entity, _TOUCHED.c.record_id, _TOUCHED.c.field)):
        found.setdefault((entity, record_id), []).append(field)
    return {key: sorted(fields) for key, fields in found.items()}


def touch(session: Session, rows: list[dict[str, Any]]) -> None:
    if rows:
        session.execute(TOUCH, rows)


def forget_touched(session: Session, records: Iterable[tuple[str, uuid.UUID]]) -> None:
    """The records are clean: what the advisor edited is on the server (or was offered as a conflict)."""
    wanted = list(records)
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        session.execute(delete(_TOUCHED).where(tuple_(_TOUCHED.c.entity, _TOUCHED.c.record_id).in_(chunk)))

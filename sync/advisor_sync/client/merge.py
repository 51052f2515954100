"""The field-level three-way merge of a record (pure functions, no database).

A document is flattened into fields (named as ``domain.flat_fields`` says): plain values, each intake
answer and ambition, each scan answer (by item) and each plan action (by id), so two
devices that answered different items of one scan, or edited different
actions of one plan, both keep their work. Where both sides changed the same
field differently, the server's value stays and the local value comes back
as a :class:`FieldConflict`, never silently dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from advisor_app.domain.flat_fields import SPREAD, TIMES, flatten


class _Absent:
    """A field one side does not have (an answer never given, an action removed)."""

    def __repr__(self) -> str:
        return "ABSENT"


ABSENT: Final = _Absent()


@dataclass(frozen=True)
class FieldConflict:
    field: str
    mine: Any
    theirs: Any


@dataclass(frozen=True)
class Merged:
    doc: dict[str, Any]
    conflicts: tuple[FieldConflict, ...]


def unflatten(entity: str, flat: dict[str, Any], times: dict[str, Any]) -> dict[str, Any]:
    spread = SPREAD.get(entity, {})
    doc: dict[str, Any] = {key: ([] if naming else {}) for key, naming in spread.items()}
    doc.update(times)
    for key, value in flat.items():
        head, _, rest = key.partition(".")
        if head not in spread or not rest:
            doc[key] = value
        elif spread[head]:
            doc[head].append({spread[head]: rest, **value})
        else:
            doc[head][rest] = value
    for key, naming in spread.items():
        if naming:
            doc[key].sort(key=lambda entry, k=naming: (entry.get("position", 0), str(entry[k])))
    return doc


def merge(
    entity: str,
    base: dict[str, Any] | None,
    mine: dict[str, Any],
    theirs: dict[str, Any],
    *,
    touched: frozenset[str] = frozenset(),
    edited_there: frozenset[str] = frozenset(),
) -> Merged:
    """Both sides' changes against ``base``; the server's value wins a field both changed.

    A scan the server holds as completed is frozen there, so the server's copy
    is taken whole and every local change to it becomes a conflict. ``touched`` names
    the fields edited here since the base (``store.touched``), ``edited_there`` those the
    server says were edited there since it (``ChangeOut.edited``): one edited back to its
    base value is still an edit, on either side, so where the other side changed it too it is a conflict.
    """
    b = flatten(entity, base) if base is not None else {}
    m, t = flatten(entity, mine), flatten(entity, theirs)
    frozen = entity == "scan" and theirs.get("status") == "completed"
    result: dict[str, Any] = {}
    conflicts: list[FieldConflict] = []
    for key in sorted(b.keys() | m.keys() | t.keys()):
        was, ours, server = b.get(key, ABSENT), m.get(key, ABSENT), t.get(key, ABSENT)
        if ours == server or (ours == was and key not in touched):
            chosen = server
        elif server == was and not frozen and key not in edited_there:
            chosen = ours
        else:
            chosen = server
            conflicts.append(FieldConflict(key, ours, server))
        if chosen is not ABSENT:
            result[key] = chosen
    times = {"created_at": theirs.get("created_at", mine.get("created_at")), "updated_at": _later(mine, theirs)}
    return Merged(unflatten(entity, result, times), tuple(conflicts))


def with_field(entity: str, doc: dict[str, Any], field: str, value: Any) -> dict[str, Any]:
    """``doc`` with one flattened field set (or removed, for ``ABSENT``): how "keep mine" is applied."""
    flat = flatten(entity, doc)
    if value is ABSENT:
        flat.pop(field, None)
    else:
        flat[field] = value
    return unflatten(entity, flat, {key: doc[key] for key in TIMES if key in doc})


def _later(mine: dict[str, Any], theirs: dict[str, Any]) -> Any:
    moments = [doc["updated_at"] for doc in (mine, theirs) if doc.get("updated_at")]
    return max(moments, key=datetime.fromisoformat) if moments else None

"""Between wire documents and record rows (what a tombstone forgets is ``advisor_app.domain.erasure``).

Documents leave the server in the protocol's canonical JSON form, so the
device can compare a base, its own copy and the server's copy field by field
without worrying about how a time or an id happens to be spelled.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from advisor_app.domain.flat_fields import flatten
from advisor_app.domain.records import ENTITIES, structured_fields

from ...protocol.documents import DOCUMENT_TYPES, AnyDocument
from ...protocol.messages import ChangeOut, server_copy
from ..models import Record

_ABSENT = object()
"""A part one side does not have (an answer taken back, an action removed)."""
JSON_FIELDS: dict[str, frozenset[str]] = {entity: structured_fields(entity) for entity in ENTITIES}
"""The fields kept in JSON columns: the record's mappings and children (``advisor_app.domain.records``)."""


def fields_of(entity: str) -> tuple[str, ...]:
    return tuple(DOCUMENT_TYPES[entity].model_fields)


def write_document(
    entity: str, row: Record, doc: AnyDocument, *, edit_of: int | None = None, touched: Sequence[str] = ()
) -> list[str]:
    """Copy a checked document onto a row; returns the names of the fields that changed.

    ``edit_of``: the version this write edits (None for a record new to the server). Each field that
    changed, part by part as the device's merge compares them, and each the device says it edited
    (``touched``, also one typed back to its old value) is noted in ``row.edited`` as edited after it.
    """
    dumped = doc.model_dump(mode="json", include=set(JSON_FIELDS[entity])) if JSON_FIELDS[entity] else {}
    changed = []
    was: dict[str, Any] = {}
    for field in fields_of(entity):
        value = dumped[field] if field in JSON_FIELDS[entity] else getattr(doc, field)
        old = getattr(row, field, None)
        if old != value:
            was[field] = old
            setattr(row, field, value)
            changed.append(field)
    if edit_of is not None:
        before, after = flatten(entity, was), flatten(entity, {field: getattr(row, field) for field in was})
        edits = {key for key in before.keys() | after.keys() if before.get(key, _ABSENT) != after.get(key, _ABSENT)}
        edits.update(touched)
        if edits:
            row.edited = {**(row.edited or {}), **dict.fromkeys(sorted(edits), edit_of)}
    return changed


def record_of(entity: str, row: Record) -> AnyDocument:
    """The row as its typed record: what a pull or a conflict sends."""
    values = {field: getattr(row, field) for field in fields_of(entity)}
    return DOCUMENT_TYPES[entity].model_validate(values)


def document_of(entity: str, row: Record) -> dict[str, Any]:
    """The row as a canonical JSON document."""
    return record_of(entity, row).model_dump(mode="json")


def same_content(entity: str, row: Record, doc: AnyDocument) -> bool:
    """Whether the row already holds exactly this document (a device repeating a push whose answer it lost)."""
    return document_of(entity, row) == doc.model_dump(mode="json")


def change_out(entity: str, row: Record) -> ChangeOut:
    """The server's copy of a row as a push's answer (a conflict) and a pull's page carry it."""
    return server_copy(entity, row.id, version=row.version, deleted=row.deleted, data=record_of(entity, row), edited=row.edited)

"""The domain describes each record once: the device's rows, the server's rows and the services' views are held to it.

A field added to a record (``advisor_app.domain.records``) and not to a table, a column added to a
table and not to the record, or a column narrower or wider than the record's bound fails here,
before a PostgreSQL insert or a sync drops the value.
"""

from __future__ import annotations

import dataclasses
import types
from collections.abc import Mapping
from typing import Annotated, Any, Union, get_args, get_origin

import annotated_types
import pytest
from advisor_sync.client.documents import MODELS
from advisor_sync.server import models as server
from pydantic import BaseModel
from pydantic.fields import FieldInfo
from sqlalchemy import JSON, ColumnElement, String, Text

from advisor_app.domain import erasure, records
from advisor_app.domain.fields import LONG_TEXT_MAX, Width
from advisor_app.services import importing, views
from advisor_app.services.companies import CompanyInput
from advisor_app.store import models as device

DEVICE_ROWS: dict[records.EntityName, type[Any]] = dict(MODELS)
DEVICE_CHILD_ROWS: dict[records.EntityName, type[Any]] = {"scan": device.Answer, "plan": device.PlanAction}
DEVICE_BOOKKEEPING = {"id", "server_version", "deleted", "dirty"}
DEVICE_ONLY: dict[str, set[str]] = {"scan": {"position"}}
"""Columns the device keeps for itself: where the wizard was left."""
DEVICE_CHILD_BOOKKEEPING = {"scan": {"id", "scan_id", "updated_at"}, "plan": {"plan_id"}}
SERVER_BOOKKEEPING = {"id", "version", "deleted", "owner_id", "received_at", "origin", "edited"}


def _bound(annotation: Any) -> tuple[int | None, bool]:
    """The max length (or vocabulary width) an annotation declares, and whether it admits None."""
    width: int | None = None
    optional = False
    if get_origin(annotation) is Annotated:
        inner, *metadata = get_args(annotation)
        found, optional = _bound(inner)
        return _from_metadata(metadata) or found, optional
    if get_origin(annotation) in (Union, types.UnionType):
        for arg in get_args(annotation):
            if arg is type(None):
                optional = True
            else:
                width = width or _bound(arg)[0]
        return width, optional
    return None, annotation is type(None)


def _from_metadata(metadata: list[Any]) -> int | None:
    for item in metadata:
        if isinstance(item, (annotated_types.MaxLen, Width)):
            return item.max_length if isinstance(item, annotated_types.MaxLen) else item.characters
        if isinstance(item, FieldInfo):
            found = _from_metadata(list(item.metadata))
            if found is not None:
                return found
    return None


def bounds(info: FieldInfo) -> tuple[int | None, bool]:
    width, optional = _bound(info.annotation)
    return _from_metadata(list(info.metadata)) or width, optional


def check_columns(where: str, record: type[Any], fields: tuple[str, ...], columns: Mapping[str, ColumnElement[Any]]) -> None:
    for name in fields:
        assert name in columns, f"{where}: record field {name!r} has no column"
        info = record.model_fields[name]
        column = columns[name]
        width, optional = bounds(info)
        if isinstance(column.type, JSON):
            continue  # intake, ambitions and the children: bounded in count, not in characters
        assert column.nullable == optional, f"{where}.{name}: nullable={column.nullable}, the record says {optional}"
        if width == LONG_TEXT_MAX:
            assert isinstance(column.type, Text), f"{where}.{name}: free text belongs in a TEXT column, not {column.type}"
        elif width is not None:
            assert isinstance(column.type, String), f"{where}.{name}: a text field in a {column.type} column"
            assert column.type.length == width, f"{where}.{name}: column {column.type} but the record allows {width} characters"
        elif isinstance(column.type, String):
            pytest.fail(f"{where}.{name}: a string column for a field the record does not bound")


@pytest.mark.parametrize("entity", records.ENTITIES)
def test_the_device_rows_carry_exactly_the_record_fields(entity: records.EntityName) -> None:
    record = records.RECORD_TYPES[entity]
    columns = {c.key: c for c in DEVICE_ROWS[entity].__table__.columns}
    fields = records.column_fields(entity)
    check_columns(f"device {entity}", record, (*records.METADATA_FIELDS, *fields), columns)
    extra = set(columns) - set(record.model_fields) - DEVICE_BOOKKEEPING - DEVICE_ONLY.get(entity, set())
    assert not extra, f"device {entity}: columns the record does not describe: {sorted(extra)}"
    if entity in records.CHILDREN:
        name, part = records.CHILDREN[entity]
        child_columns = {c.key: c for c in DEVICE_CHILD_ROWS[entity].__table__.columns}
        check_columns(f"device {entity}.{name}", part, records.part_fields(entity), child_columns)
        extra = set(child_columns) - set(part.model_fields) - DEVICE_CHILD_BOOKKEEPING[entity]
        assert not extra, f"device {entity}.{name}: columns the record does not describe: {sorted(extra)}"


def test_each_device_table_is_named_as_the_sync_names_its_record() -> None:
    """The flush's bookkeeping names a changed row's record by its table (``bookkeeping._entity``), the merge by entity."""
    assert set(DEVICE_ROWS) == set(records.ENTITIES)
    assert {entity: row.__tablename__ for entity, row in DEVICE_ROWS.items()} == {entity: entity for entity in DEVICE_ROWS}


@pytest.mark.parametrize("entity", records.ENTITIES)
def test_the_server_rows_carry_exactly_the_record_fields(entity: records.EntityName) -> None:
    record = records.RECORD_TYPES[entity]
    columns = {c.key: c for c in server.RECORD_MODELS[entity].__table__.columns}
    check_columns(f"server {entity}", record, tuple(record.model_fields), columns)
    extra = set(columns) - set(record.model_fields) - SERVER_BOOKKEEPING
    assert not extra, f"server {entity}: columns the record does not describe: {sorted(extra)}"
    if entity in records.CHILDREN:
        assert isinstance(columns[records.CHILDREN[entity][0]].type, JSON), "children travel and stay inside their record"


def test_a_longer_text_than_the_columns_hold_is_refused_by_the_record() -> None:
    """The bound is the record's: a 41-character questionnaire version never reaches a 40-character column."""
    from pydantic import ValidationError

    scan = {
        "created_at": "2026-01-01T00:00:00Z",
        "updated_at": "2026-01-01T00:00:00Z",
        "company_id": "00000000-0000-0000-0000-000000000001",
        "questionnaire_id": "basisscan",
        "questionnaire_version": "1" * 40,
        "status": "draft",
        "started_at": "2026-01-01T00:00:00Z",
    }
    assert records.Scan.model_validate(scan).questionnaire_version == "1" * 40
    with pytest.raises(ValidationError, match="questionnaire_version"):
        records.Scan.model_validate({**scan, "questionnaire_version": "1" * 41})


def test_hand_written_company_field_lists_name_only_record_fields() -> None:
    """What the advisor types, and what an erasure forgets, are fields of the one company record."""
    company = set(records.Company.model_fields)
    typed = set(CompanyInput.__dataclass_fields__)
    assert typed <= company, sorted(typed - company)
    imported = set(importing.COLUMNS) | set(importing.FIELD_LABELS)
    assert imported <= typed, sorted(imported - typed)
    required = {n for n, f in records.Company.model_fields.items() if f.is_required()} - set(records.METADATA_FIELDS)
    assert set(importing.REQUIRED) == required, "an import needs exactly the fields a company record cannot do without"
    for entity, forgotten in erasure.PERSONAL_FIELDS.items():
        known = set(records.RECORD_TYPES[entity].model_fields)
        assert set(forgotten) <= known, (entity, sorted(set(forgotten) - known))


VIEWS: dict[str, tuple[type[Any], set[str]]] = {
    "company": (views.CompanyView, {"id"}),
    "scan": (views.ScanRecord, {"id", "position", "dirty"}),
    "plan": (views.PlanView, {"id"}),
    "voucher": (views.VoucherView, {"id"}),
}
PART_VIEWS: dict[str, type[Any]] = {"scan": views.AnswerView, "plan": views.ActionView}


@pytest.mark.parametrize("entity", records.ENTITIES)
def test_the_services_views_carry_exactly_the_record_fields(entity: records.EntityName) -> None:
    """What the screens read (``services/views.py``) is the record plus the device's own facts (id, dirty, position)."""
    view, device_facts = VIEWS[entity]
    assert field_names(view) - device_facts == set(records.RECORD_TYPES[entity].model_fields)
    if entity in PART_VIEWS:
        assert field_names(PART_VIEWS[entity]) == set(records.part_fields(entity))


def field_names(view: type[Any]) -> set[str]:
    """A view's fields, whether it is a frozen dataclass or a (frozen) pydantic model such as a record."""
    if isinstance(view, type) and issubclass(view, BaseModel):
        return set(view.model_fields)
    return {f.name for f in dataclasses.fields(view)}

"""The device's and the server's questionnaire-version tables hold the same version the same way.

A version travels from the server's ``questionnaire_versions`` to the device's ``questionnaire_version``
and is checked against its hash on both sides; a column narrower on one side would refuse (PostgreSQL)
or keep (SQLite) a version the other side stores. Both tables take their shared columns from
``advisor_app.dbkit.questionnaires``, and those are as wide as what a scan record may name.
"""

from __future__ import annotations

from typing import Any

from advisor_sync.server import models as server
from sqlalchemy import ColumnElement, String

from advisor_app.domain import records
from advisor_app.store import models as device

from .test_record_columns import bounds

SHARED = ("key", "questionnaire_id", "version", "sha256", "content")


def described(column: ColumnElement[Any]) -> tuple[str, bool, bool]:
    return repr(column.type), bool(column.nullable), bool(column.primary_key)


def test_both_sides_store_a_version_in_the_same_columns() -> None:
    device_columns = device.QuestionnaireDefinition.__table__.columns
    server_columns = server.QuestionnaireVersion.__table__.columns
    for name in SHARED:
        assert described(device_columns[name]) == described(server_columns[name]), name
    assert [column.name for column in device_columns if column.primary_key] == ["key"]


def test_every_version_a_scan_can_name_fits_both_tables() -> None:
    columns = server.QuestionnaireVersion.__table__.columns
    id_width, _ = bounds(records.Scan.model_fields["questionnaire_id"])
    version_width, _ = bounds(records.Scan.model_fields["questionnaire_version"])
    assert id_width is not None
    assert version_width is not None
    widths = {name: column.type.length for name, column in columns.items() if isinstance(column.type, String)}
    assert widths["questionnaire_id"] == id_width
    assert widths["version"] == version_width
    key_width = widths["key"]
    assert key_width is not None
    assert key_width >= id_width + len("@") + version_width, "id@version fits the key"
